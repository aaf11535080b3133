package th.go.cdd.cdvl.planning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/** Meetings of the driving mechanism, as the demo officers of Lampang and Chiang Mai record and read them. */
@QuarkusTest
class MeetingResourceTest {

    @Inject
    TestClock clock;

    @Inject
    CenterFixtures centers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> meeting(String level, String areaCode, String title, List<Map<String, Object>> resolutions) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("areaCode", areaCode);
        body.put("heldOn", "2024-11-05");
        body.put("place", "ห้องประชุมที่ว่าการอำเภอ");
        body.put("title", title);
        body.put("agenda", "1. เรื่องแจ้งเพื่อทราบ\n2. แผนขับเคลื่อนไตรมาส 2");
        body.put("attendees", Map.of("committee", 9, "volunteerLeaders", 12, "community", 3, "partners", 2, "officers", 1));
        body.put("attendeeNames", "นางสมศรี มีสุข\nนายสมชาย ใจดี");
        body.put("resolutions", resolutions);
        return body;
    }

    static Map<String, Object> resolution(String text, String assignee, String dueOn) {
        Map<String, Object> r = new HashMap<>();
        r.put("text", text);
        r.put("assignee", assignee);
        r.put("dueOn", dueOn);
        return r;
    }

    @Test
    void aDistrictRecordsAMeetingAndFollowsUpItsResolutionsUntilDone() {
        clock.set(OffsetDateTime.parse("2024-12-20T09:00:00+07:00"));
        var created = as("demo.district5201").body(meeting("DISTRICT", "5201", "ประชุมคณะทำงานอำเภอ ครั้งที่ 1/2568", List.of(
                resolution("ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2", "พัฒนาการอำเภอ", "2024-12-15"),
                resolution("จัดกิจกรรมวันพ่อแห่งชาติร่วมกัน", null, "2025-01-10"))))
                .post("/api/v1/meetings").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("fiscalYear", equalTo(2568))
                .body("area.nameTh", equalTo("เมืองลำปาง"))
                .body("attendeeTotal", equalTo(27))
                .body("openResolutions", equalTo(2))
                .body("resolutions.position", contains(1, 2))
                .body("resolutions.overdue", contains(true, false))
                .extract();
        String id = created.path("id");
        String first = created.path("resolutions[0].id");
        String path = "/api/v1/meetings/" + id;

        as("demo.province52").queryParam("areaCode", "5201").get("/api/v1/meetings/open-resolutions").then().statusCode(200)
                .body("findAll { it.meetingId == '" + id + "' }.text",
                        contains("ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2", "จัดกิจกรรมวันพ่อแห่งชาติร่วมกัน"));

        String done = path + "/resolutions/" + first + "/done";
        assertProblem(as("demo.district5201").body(Map.of("done", true)).put(done).then(), 428, "version.required");
        assertProblem(as("demo.district5201").header("If-Match", "\"7\"").body(Map.of("done", true)).put(done).then(), 412,
                "version.stale");
        assertProblem(as("demo.district5201").header("If-Match", "\"0\"").body(Map.of("done", true, "doneOn", "2024-11-01"))
                .put(done).then(), 422, "meeting.resolution.done-on");
        as("demo.district5201").header("If-Match", "\"0\"").body(Map.of("done", true, "note", "ทุกศูนย์ส่งแผนแล้ว")).put(done)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("openResolutions", equalTo(1))
                .body("resolutions[0].done", equalTo(true))
                .body("resolutions[0].doneOn", equalTo("2024-12-20"))
                .body("resolutions[0].overdue", equalTo(false));
        as("demo.district5201").get("/api/v1/meetings/open-resolutions").then().statusCode(200)
                .body("id", not(hasItem(first)))
                .body("findAll { it.meetingId == '" + id + "' }.position", contains(2));
        as("demo.district5201").queryParam("fiscalYear", 2568).get("/api/v1/meetings").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.resolutionCount", equalTo(2))
                .body("items.find { it.id == '" + id + "' }.openResolutions", equalTo(1));

        as("demo.admin").get("/api/v1/audit-events?entityType=" + MeetingService.RESOLUTION_AUDIT_TYPE + "&areaCode=5201")
                .then().statusCode(200).body("items.action", hasItem("DONE"));
        as("demo.admin").get("/api/v1/audit-events?entityType=" + MeetingService.AUDIT_TYPE + "&areaCode=5201")
                .then().statusCode(200).body("items.entityId", hasItem(id));
    }

    @Test
    void newMinutesKeepTheResolutionsSentWithTheirIdAndRenumberThem() {
        clock.set(OffsetDateTime.parse("2024-12-20T09:00:00+07:00"));
        var created = as("demo.district5201").body(meeting("DISTRICT", "5201", "ประชุมเพื่อแก้ไขมติ", List.of(
                resolution("มติที่หนึ่ง", null, null), resolution("มติที่สอง", null, null))))
                .post("/api/v1/meetings").then().statusCode(201).extract();
        String id = created.path("id");
        String one = created.path("resolutions[0].id");
        String two = created.path("resolutions[1].id");
        as("demo.district5201").header("If-Match", "\"0\"").body(Map.of("done", true))
                .put("/api/v1/meetings/" + id + "/resolutions/" + two + "/done").then().statusCode(200);

        Map<String, Object> kept = resolution("มติที่สอง (แก้ไขถ้อยคำ)", null, null);
        kept.put("id", two);
        List<Map<String, Object>> minutes = new ArrayList<>(List.of(kept, resolution("มติใหม่", "ประธานศูนย์", "2025-02-01")));
        as("demo.district5201").header("If-Match", "\"1\"").body(meeting("DISTRICT", "5201", "ประชุมเพื่อแก้ไขมติ", minutes))
                .put("/api/v1/meetings/" + id).then().statusCode(200)
                .body("resolutions.text", contains("มติที่สอง (แก้ไขถ้อยคำ)", "มติใหม่"))
                .body("resolutions.position", contains(1, 2))
                .body("resolutions[0].id", equalTo(two))
                .body("resolutions[0].done", equalTo(true))
                .body("resolutions.id", not(hasItem(one)))
                .body("openResolutions", equalTo(1));
        assertProblem(as("demo.district5201").header("If-Match", "\"2\"").body(meeting("PROVINCE", "52", "ย้ายระดับ", minutes))
                .put("/api/v1/meetings/" + id).then(), 422, "meeting.area.fixed");
    }

    @Test
    void officersRecordOnlyTheirOwnAreasMeetingsAndReadTheWiderOnes() {
        String province = as("demo.province52").body(meeting("PROVINCE", "52", "ประชุมคณะทำงานจังหวัด", List.of()))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        assertProblem(as("demo.district5201").body(meeting("PROVINCE", "52", "อำเภอบันทึกการประชุมจังหวัด", List.of()))
                .post("/api/v1/meetings").then(), 403, "meeting.area.forbidden");
        assertProblem(as("demo.district5201").body(meeting("DISTRICT", "5202", "อำเภออื่น", List.of()))
                .post("/api/v1/meetings").then(), 403, "meeting.area.forbidden");
        assertProblem(as("demo.province52").body(meeting("NATIONAL", null, "ระดับกรม", List.of())).post("/api/v1/meetings").then(),
                403, "meeting.area.forbidden");
        assertProblem(as("demo.province52").body(meeting("DISTRICT", "52", "รหัสไม่ตรงระดับ", List.of()))
                .post("/api/v1/meetings").then(), 422, "meeting.area.level");

        // A district reads its province's meeting (its resolutions concern it), but cannot change it.
        as("demo.district5201").get("/api/v1/meetings/" + province).then().statusCode(200).body("level", equalTo("PROVINCE"));
        assertProblem(as("demo.district5201").header("If-Match", "\"0\"")
                .body(meeting("PROVINCE", "52", "แก้ไข", List.of())).put("/api/v1/meetings/" + province).then(), 403,
                "meeting.area.forbidden");
        assertProblem(as("demo.district5001").get("/api/v1/meetings/" + province).then(), 404, "meeting.not-found");
        assertProblem(as("demo.district5001").queryParam("areaCode", "52").get("/api/v1/meetings/open-resolutions").then(), 404,
                "geo.not-found");
    }

    @Test
    void aCenterMeetingTakesItsAreaFromTheCenterAndNamesStayWithTheArea() {
        UUID center = centers.center("520102", "ศูนย์ผู้นำจิตอาสา (ประชุม)");
        Map<String, Object> body = meeting("CENTER", null, "ประชุมคณะกรรมการศูนย์", List.of(resolution("ซ่อมตู้ยา", "นางสมศรี มีสุข", null)));
        assertProblem(as("demo.district5201").body(body).post("/api/v1/meetings").then(), 422, "meeting.center.required");
        body.put("centerId", center.toString());
        assertProblem(as("demo.district5001").body(body).post("/api/v1/meetings").then(), 422, "meeting.center.unknown");
        String id = as("demo.district5201").body(body).post("/api/v1/meetings").then().statusCode(201)
                .body("areaCode", equalTo("520102"))
                .body("centerName", equalTo("ศูนย์ผู้นำจิตอาสา (ประชุม)"))
                .body("area.code", equalTo("5201"))
                .extract().path("id");
        as("demo.viewer52").get("/api/v1/meetings/" + id).then().statusCode(200)
                .body("attendeeNames", equalTo("นางสมศรี มีสุข\nนายสมชาย ใจดี"))
                .body("resolutions[0].assignee", equalTo("นางสมศรี มีสุข"));
        as("demo.district5201").queryParam("level", "CENTER").get("/api/v1/meetings").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.centerName", equalTo("ศูนย์ผู้นำจิตอาสา (ประชุม)"))
                .body("items.find { it.id == '" + id + "' }.attendeeNames", nullValue());
    }
}
