package th.go.cdd.cdvl.planning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivityFixtures;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/** A center's driving plan for FY2569 made, measured against its activities, confirmed, changed and copied. */
@QuarkusTest
class PlanFlowTest {

    @Inject
    CenterFixtures centers;

    @Inject
    ActivityFixtures activities;

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> line(int quarter, String type, String title) {
        return Map.of("quarter", quarter, "type", type, "title", title, "expectedParticipants", 30);
    }

    static Map<String, Object> plan(List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetActivities", 8);
        body.put("targetParticipants", 240);
        body.put("lines", lines);
        return body;
    }

    @Test
    void aPlanIsMeasuredAgainstTheActivitiesConfirmedAndKeepsItsHistory() {
        UUID center = centers.center("520105", "ศูนย์แผน พิชัย");
        String path = "/api/v1/centers/" + center + "/plans/2569";
        var lines = List.of(line(1, "HEALTH", "ตรวจสุขภาพผู้สูงอายุ"), line(1, "THREE_TREES", "ปลูกไม้สามอย่าง"),
                line(2, "HEALTH", "ออกกำลังกายประจำสัปดาห์"));
        as("demo.district5201").body(plan(lines)).put(path).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("state", equalTo("DRAFT"))
                .body("lines.status", contains("NOT_YET", "NOT_YET", "NOT_YET"));

        // In Q1 the center held a health activity and a waste-for-gold one (a mission, not the one planned).
        activities.activity(center, "520105", ActivityType.HEALTH, LocalDate.of(2025, 11, 10));
        activities.activity(center, "520105", ActivityType.WASTE_FOR_GOLD, LocalDate.of(2025, 11, 12));
        as("demo.province52").get(path).then().statusCode(200)
                .body("lines.status", contains("DONE", "DONE_DIFFERENTLY", "NOT_YET"))
                .body("progress.done", equalTo(1)).body("progress.doneDifferently", equalTo(1)).body("progress.notYet", equalTo(1));

        assertProblem(as("demo.district5201").body(plan(lines)).put(path).then(), 428, "version.required");
        assertProblem(as("demo.district5201").post(path + "/confirm").then(), 428, "version.required");
        as("demo.district5201").header("If-Match", "\"0\"").post(path + "/confirm").then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("confirmedBy", equalTo("demo.district5201"));
        assertProblem(as("demo.district5201").header("If-Match", "\"1\"").post(path + "/confirm").then(), 409, "plan.confirmed");
        as("demo.district5201").header("If-Match", "\"1\"").body(plan(List.of(line(1, "HEALTH", "ตรวจสุขภาพผู้สูงอายุ"))))
                .put(path).then().statusCode(200).body("state", equalTo("CONFIRMED")).body("lines", org.hamcrest.Matchers.hasSize(1));
        as("demo.province52").get(path + "/history").then().statusCode(200)
                .body("action", hasItems("CREATE", "CONFIRM", "UPDATE"));

        // Next year starts as a draft of this one; a second copy is refused.
        as("demo.district5201").post("/api/v1/centers/" + center + "/plans/2570/copy-from-last-year").then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("lines.title", contains("ตรวจสุขภาพผู้สูงอายุ"));
        assertProblem(as("demo.district5201").post("/api/v1/centers/" + center + "/plans/2570/copy-from-last-year").then(), 409,
                "plan.exists");
        assertProblem(as("demo.district5201").post("/api/v1/centers/" + center + "/plans/2572/copy-from-last-year").then(), 404,
                "plan.not-found");

        as("demo.province52").queryParam("areaCode", "5201").queryParam("fiscalYear", 2569).get("/api/v1/plans/summary").then()
                .statusCode(200)
                .body("rows.find { it.area.code == '520105' }.plans", greaterThanOrEqualTo(1))
                .body("rows.find { it.area.code == '520105' }.done", greaterThanOrEqualTo(1))
                .body("totals.centers", greaterThanOrEqualTo(1));
        assertProblem(as("demo.district5001").get(path).then(), 404, "center.not-found");
        assertProblem(as("demo.district5001").queryParam("areaCode", "5201").get("/api/v1/plans/summary").then(), 404, "geo.not-found");
    }

    @Test
    void aPlanNamesOnlyMeetingsAndPartnersTheOfficerMaySee() {
        UUID center = centers.center("520106", "ศูนย์แผน ชมพู");
        Map<String, Object> body = plan(List.of(line(1, "HEALTH", "ตรวจสุขภาพ")));
        body.put("meetingId", UUID.randomUUID().toString());
        assertProblem(as("demo.district5201").body(body).put("/api/v1/centers/" + center + "/plans/2569").then(), 422,
                "plan.meeting.unknown");
        body.remove("meetingId");
        body.put("lines", List.of(Map.of("quarter", 1, "type", "HEALTH", "title", "ตรวจสุขภาพ", "partnerId", UUID.randomUUID().toString())));
        assertProblem(as("demo.district5201").body(body).put("/api/v1/centers/" + center + "/plans/2569").then(), 422,
                "plan.partner.unknown");
        assertProblem(as("demo.district5201").header("If-Match", "\"0\"").post("/api/v1/centers/" + center + "/plans/2569/confirm")
                .then(), 404, "plan.not-found");
    }
}
