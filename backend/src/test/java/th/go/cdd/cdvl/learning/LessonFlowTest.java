package th.go.cdd.cdvl.learning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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
import th.go.cdd.cdvl.contract.ContractFixtures;
import th.go.cdd.cdvl.partner.PartnerFixtures;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/**
 * Mueang Lampang's officer writes a lesson about a center, the province returns it once and then
 * publishes it, an officer of Chiang Mai finds it in the library by a Thai word written inside an
 * unspaced sentence, and once the province withdraws it the library no longer has it.
 */
@QuarkusTest
class LessonFlowTest {

    static final String COMPOST = "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้ ลดค่าปุ๋ยเคมีได้ 35 ครัวเรือน";

    @Inject
    CenterFixtures centers;

    @Inject
    ActivityFixtures activities;

    @Inject
    PartnerFixtures partners;

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> lesson(UUID center, String title, List<UUID> activityIds, List<UUID> partnerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("centerId", center.toString());
        body.put("fiscalYear", 2568);
        body.put("title", title);
        body.put("problem", "ครัวเรือนใช้ปุ๋ยเคมีราคาแพง");
        body.put("actions", COMPOST);
        body.put("results", "ลดรายจ่ายครัวเรือนละ 1,200 บาทต่อปี");
        body.put("successFactors", "ผู้นำจิตอาสาลงมือทำเป็นตัวอย่าง");
        body.put("advice", "เริ่มจากครัวเรือนต้นแบบ 5 ครัวเรือน");
        body.put("topics", List.of("WASTE_FOR_GOLD", "OCCUPATION_INCOME"));
        body.put("activityIds", activityIds.stream().map(UUID::toString).toList());
        body.put("partnerIds", partnerIds.stream().map(UUID::toString).toList());
        return body;
    }

    @Test
    void aLessonIsReviewedPublishedFoundByAThaiWordElsewhereAndWithdrawn() {
        UUID center = centers.center("520101", "ศูนย์บทเรียน เวียงเหนือ");
        UUID activity = activities.activity(center, "520101", ActivityType.WASTE_FOR_GOLD, LocalDate.of(2024, 12, 5));
        UUID otherCenter = centers.center("520102", "ศูนย์บทเรียน หัวเวียง");
        UUID otherActivity = activities.activity(otherCenter, "520102", ActivityType.HEALTH, LocalDate.of(2024, 12, 6));
        UUID partner = partners.partner("โรงเรียนบทเรียน " + UUID.randomUUID(), Sector.EDUCATION, "5201");
        String title = "ปุ๋ยหมักใบไม้ " + UUID.randomUUID();

        assertProblem(as("demo.district5201").body(lesson(center, title, List.of(otherActivity), List.of())).post("/api/v1/lessons")
                .then(), 422, "lesson.activity.other-center");
        assertProblem(as("demo.district5001").body(lesson(center, title, List.of(), List.of())).post("/api/v1/lessons").then(),
                422, "lesson.center.unknown");
        String id = as("demo.district5201").body(lesson(center, title, List.of(activity), List.of(partner))).post("/api/v1/lessons")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("state", equalTo("DRAFT"))
                .body("centerName", equalTo("ศูนย์บทเรียน เวียงเหนือ")).body("province.code", equalTo("52"))
                .body("activityIds", equalTo(List.of(activity.toString()))).body("partners[0].name", startsWith("โรงเรียนบทเรียน"))
                .extract().path("id");
        String path = "/api/v1/lessons/" + id;
        given().auth().oauth2(RealmTokens.userToken("demo.district5201")).contentType("application/octet-stream")
                .queryParam("fileName", "ปุ๋ยหมัก.jpg").body(ContractFixtures.jpeg()).post(path + "/photos").then().statusCode(201);

        assertProblem(as("demo.district5201").body(lesson(center, title, List.of(activity), List.of())).put(path).then(), 428,
                "version.required");
        as("demo.district5201").header("If-Match", "\"0\"").body(lesson(center, title, List.of(activity), List.of(partner))).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertProblem(as("demo.district5201").header("If-Match", "\"1\"").post(path + "/publish").then(), 403, "auth.forbidden");
        assertProblem(as("demo.district5201").post(path + "/submit").then(), 428, "version.required");
        as("demo.district5201").header("If-Match", "\"1\"").post(path + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED"));
        assertProblem(as("demo.district5201").header("If-Match", "\"2\"").body(lesson(center, title, List.of(), List.of())).put(path)
                .then(), 409, "lesson.state.conflict");
        assertProblem(as("demo.province52").header("If-Match", "\"2\"").body(Map.of("note", "ผลลัพธ์ยังไม่มีตัวเลข"))
                .post(path + "/withdraw").then(), 409, "lesson.state.conflict");

        as("demo.province52").header("If-Match", "\"2\"").body(Map.of("note", "โปรดเพิ่มจำนวนครัวเรือนที่เข้าร่วม"))
                .post(path + "/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("reviewNote", equalTo("โปรดเพิ่มจำนวนครัวเรือนที่เข้าร่วม"));
        as("demo.district5201").header("If-Match", "\"3\"").post(path + "/submit").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("reviewNote", nullValue());
        as("demo.province52").header("If-Match", "\"4\"").post(path + "/publish").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));
        assertProblem(as("demo.province52").header("If-Match", "\"5\"").post(path + "/publish").then(), 409, "lesson.state.conflict");

        // Chiang Mai's officer cannot open Lampang's lesson as Lampang's, but finds it in the library by a word inside a sentence.
        assertProblem(as("demo.district5001").get(path).then(), 404, "lesson.not-found");
        as("demo.district5001").queryParam("q", "ปุ๋ยหมัก").queryParam("size", 200).get("/api/v1/library/lessons").then()
                .statusCode(200).body("items.id", hasItem(id));
        as("demo.district5001").queryParam("q", "เศษใบไม้ ครัวเรือน").queryParam("province", "52").queryParam("topic", "WASTE_FOR_GOLD")
                .queryParam("fiscalYear", 2568).queryParam("size", 200).get("/api/v1/library/lessons").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.cover", not(nullValue()));
        as("demo.district5001").queryParam("q", "ปุ๋ยหมัก").queryParam("topic", "HEALTH").queryParam("size", 200)
                .get("/api/v1/library/lessons").then().statusCode(200).body("items.id", not(hasItem(id)));
        String photoUrl = as("demo.district5001").get("/api/v1/library/lessons/" + id).then().statusCode(200)
                .body("createdBy", nullValue()).body("photos", hasSize(1)).body("actions", equalTo(COMPOST))
                .extract().path("photos[0].url");
        given().auth().oauth2(RealmTokens.userToken("demo.district5001")).get(photoUrl).then().statusCode(200)
                .contentType("image/jpeg");

        as("demo.province52").header("If-Match", "\"5\"").body(Map.of("note", "ข้อมูลผลลัพธ์ต้องตรวจสอบใหม่")).post(path + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN")).body("reviewNote", equalTo("ข้อมูลผลลัพธ์ต้องตรวจสอบใหม่"));
        as("demo.district5001").queryParam("q", "ปุ๋ยหมัก").queryParam("size", 200).get("/api/v1/library/lessons").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        assertProblem(as("demo.district5001").get("/api/v1/library/lessons/" + id).then(), 404, "lesson.not-found");
        as("demo.district5201").queryParam("areaCode", "5201").queryParam("size", 200).get("/api/v1/lessons").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.state", equalTo("WITHDRAWN"));
        as("demo.admin").get("/api/v1/audit-events?entityType=LESSON&areaCode=5201&size=200").then().statusCode(200)
                .body("items.findAll { it.entityId == '" + id + "' }.action",
                        org.hamcrest.Matchers.hasItems("CREATE", "UPDATE", "SUBMIT", "RETURN", "PUBLISH", "WITHDRAW"));
    }
}
