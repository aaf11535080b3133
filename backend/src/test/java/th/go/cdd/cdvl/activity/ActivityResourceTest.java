package th.go.cdd.cdvl.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    @Inject
    ActivityFixtures fixtures;

    static Map<String, Object> activity(UUID centerId, String type, String heldOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("centerId", centerId.toString());
        body.put("title", "ปลูกผักสวนครัวรั้วกินได้");
        body.put("heldOn", heldOn);
        body.put("type", type);
        body.put("participants", Map.of("committee", 9, "volunteerLeaders", 20, "community", 45, "partners", 5, "officers", 2));
        body.put("budgetBaht", "3500.50");
        body.put("budgetSource", "งบกรมการพัฒนาชุมชน");
        return body;
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerRecordsAnActivityInTheRightQuarter() {
        UUID center = fixtures.center("520116", "ศูนย์บันทึกกิจกรรม");
        Map<String, Object> body = activity(center, "FRIDGE_AND_MEDICINE_CABINET", "2024-12-13");
        body.put("description", "ตรวจตู้ยาประจำบ้านครบทุกหลังคาเรือน");
        body.put("outcomes", "ครัวเรือนมียาสามัญประจำบ้าน");
        String location = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/activities").then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("category", equalTo("MISSION"))
                .body("fiscalYear", equalTo(2568))
                .body("quarter", equalTo(1))
                .body("centerName", equalTo("ศูนย์บันทึกกิจกรรม"))
                .body("participants.community", equalTo(45))
                .body("budgetBaht", equalTo(3500.50f))
                .body("warnings", empty())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().queryParam("centerId", center.toString()).queryParam("fiscalYear", 2568).queryParam("quarter", 1)
                .get("/api/v1/activities").then()
                .statusCode(200)
                .body("items.id", contains(id));
        // the list shows what the activity's page does, less its long texts
        Map<String, Object> listed = given().queryParam("centerId", center.toString()).get("/api/v1/activities").then()
                .extract().jsonPath().getMap("items[0]");
        Map<String, Object> whole = given().get("/api/v1/activities/" + id).then()
                .body("description", notNullValue()).extract().jsonPath().getMap("");
        whole.remove("description");
        whole.remove("outcomes");
        assertThat(listed).isEqualTo(whole);
        given().get("/api/v1/activities/" + id + "/history").then().body("action", contains("CREATE"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDateOutsideTheOperationPeriodIsSavedWithAWarning() {
        UUID center = fixtures.center("520117", "ศูนย์นอกช่วง");
        given().contentType(ContentType.JSON).body(activity(center, "HEALTH", "2024-10-05"))
                .post("/api/v1/activities").then()
                .statusCode(201)
                .body("outsideOperationPeriod", equalTo(true))
                .body("warnings.code", contains("activity.date.outside-operation-period"));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aRetriedCreateWithTheSameKeyMakesOneActivity() {
        UUID center = fixtures.center("520118", "ศูนย์ส่งซ้ำ");
        Map<String, Object> body = activity(center, "HEALTH", "2024-12-01");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "capture-1").body(body)
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "capture-1").body(body)
                .post("/api/v1/activities").then().statusCode(200).body("id", equalTo(first));
        given().queryParam("centerId", center.toString()).get("/api/v1/activities").then().body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void rejectsBadActivitiesAndWritesNothing() {
        UUID center = fixtures.center("520119", "ศูนย์ข้อมูลผิด");
        Map<String, Object> nationalDay = activity(center, "DISASTER_VOLUNTEER", "2024-12-05");
        assertProblem(post(nationalDay), 422, "activity.national-day.required");
        assertProblem(post(activity(center, "DANCING", "2024-12-05")), 400, "request.malformed");
        assertProblem(post(activity(center, "HEALTH", "2999-01-01")), 422, "activity.date.future");
        Map<String, Object> negative = activity(center, "HEALTH", "2024-12-05");
        negative.put("participants", Map.of("committee", -1, "volunteerLeaders", 0, "community", 0, "partners", 0, "officers", 0));
        assertProblem(post(negative), 400, "request.invalid");
        Map<String, Object> money = activity(center, "HEALTH", "2024-12-05");
        money.put("budgetBaht", "12.345");
        assertProblem(post(money), 400, "request.invalid").body("errors.field", hasItem("budgetBaht"));
        assertProblem(post(activity(UUID.randomUUID(), "HEALTH", "2024-12-05")), 422, "activity.center.unknown");
        assertProblem(given().queryParam("category", "SPORT").get("/api/v1/activities").then(), 400, "request.filter.invalid");
        given().queryParam("centerId", center.toString()).get("/api/v1/activities").then().body("totalItems", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/activities").then();
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void updatesNeedTheCurrentVersionAndKeepTheCenter() {
        UUID center = fixtures.center("520101", "ศูนย์แก้ไขกิจกรรม");
        UUID id = fixtures.activity(center, "520101", ActivityType.HEALTH, java.time.LocalDate.of(2024, 12, 2));
        Map<String, Object> edit = activity(center, "EDUCATION", "2025-02-02");
        assertProblem(given().contentType(ContentType.JSON).body(edit).put("/api/v1/activities/" + id).then(), 428,
                "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit).put("/api/v1/activities/" + id).then()
                .statusCode(200)
                .body("category", equalTo("DIMENSION"))
                .body("quarter", equalTo(2));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edit)
                .put("/api/v1/activities/" + id).then(), 412, "version.stale");
        UUID other = fixtures.center("520101", "ศูนย์อื่น");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(activity(other, "EDUCATION", "2025-02-02")).put("/api/v1/activities/" + id).then(), 422,
                "activity.center.immutable");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void activitiesOutsideTheDistrictDoNotExistForTheCaller() {
        UUID chiangMai = fixtures.activityIn("500108");
        UUID neighbour = fixtures.activityIn("520205");
        assertProblem(given().get("/api/v1/activities/" + chiangMai).then(), 404, "activity.not-found");
        assertProblem(given().get("/api/v1/activities/" + neighbour + "/history").then(), 404, "activity.not-found");
        given().queryParam("size", 200).get("/api/v1/activities").then()
                .body("items.subdistrictCode", everyItem(startsWith("5201")));
        UUID centerElsewhere = fixtures.center("500109", "ศูนย์ที่อื่น");
        assertProblem(post(activity(centerElsewhere, "HEALTH", "2024-12-05")), 422, "activity.center.unknown");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerReadsButCannotRecord() {
        UUID id = fixtures.activityIn("520201");
        given().get("/api/v1/activities/" + id).then().statusCode(200);
        UUID center = fixtures.center("520201", "ศูนย์ผู้ชม");
        assertProblem(post(activity(center, "HEALTH", "2024-12-05")), 403, "auth.forbidden");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/activities").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/activities").then(), 403, "auth.forbidden");
    }
}
