package th.go.cdd.cdvl.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Voiding a duplicated activity, in Hang Chat district (5213), which no other test uses: one
 * center held two health activities in Q1 FY2568 (one of them a duplicate) and one in Q2.
 */
@QuarkusTest
class ActivityVoidTest {

    static final String DISTRICT = "5213";

    @Inject
    ActivityFixtures fixtures;

    @Test
    @TestSecurity(user = "demo.district5213", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = DISTRICT))
    void aVoidedActivityLeavesEveryFigureAtOnceButASubmittedReportKeepsItsOwn() throws Exception {
        UUID center = fixtures.center("521301", "ศูนย์ห้างฉัตร");
        UUID kept = fixtures.activity(center, "521301", ActivityType.HEALTH, LocalDate.of(2024, 12, 5));
        UUID duplicate = fixtures.activity(center, "521301", ActivityType.HEALTH, LocalDate.of(2024, 12, 5));
        UUID secondQuarter = fixtures.activity(center, "521301", ActivityType.HEALTH, LocalDate.of(2025, 1, 15));
        String q1 = "/api/v1/deadlines/" + deadline(1) + "/reports/" + DISTRICT;
        String q2 = "/api/v1/deadlines/" + deadline(2) + "/reports/" + DISTRICT;

        // the first quarter's report goes in with both activities counted
        String etag = given().contentType(ContentType.JSON).body(Map.of("results", "จัดกิจกรรมสุขภาพ"))
                .put(q1).then().statusCode(200).body("figures.activities.activities", equalTo(2)).extract().header("ETag");
        given().header("If-Match", etag).post(q1 + "/submit").then().statusCode(200);
        given().get(q2).then().body("figures.activities.activities", equalTo(1));
        compliance(1).body("totals.activities", equalTo(2));

        // the reason and the version are required, and only an officer may void
        assertProblem(voiding(duplicate, null, "ซ้ำ"), 428, "version.required");
        assertProblem(voiding(duplicate, "\"0\"", ""), 400, "request.invalid");
        assertProblem(voiding(duplicate, "\"7\"", "บันทึกซ้ำ"), 412, "version.stale");
        voiding(duplicate, "\"0\"", "บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม").statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("voided.by", equalTo("demo.district5213"))
                .body("voided.reason", equalTo("บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม"));
        voiding(secondQuarter, "\"0\"", "บันทึกผิดศูนย์").statusCode(200);

        // gone from the list, the summary, compliance, coverage and the draft report at once
        given().queryParam("centerId", center.toString()).get("/api/v1/activities").then()
                .body("totalItems", equalTo(1))
                .body("items.id", contains(kept.toString()))
                .body("items[0].voided", nullValue());
        compliance(1).body("totals.activities", equalTo(1)).body("totals.compliantCenters", equalTo(1));
        compliance(2).body("totals.activities", equalTo(0)).body("totals.compliantCenters", equalTo(0));
        given().queryParam("areaCode", DISTRICT).queryParam("fiscalYear", 2568).get("/api/v1/coverage").then()
                .statusCode(200).body("totals.HEALTH", equalTo(1));
        given().get(q2).then().body("figures.activities.activities", equalTo(0))
                .body("figures.compliance.compliantCenters", equalTo(0));
        // the submitted report keeps what it was sent with
        given().get(q1).then().body("state", equalTo("SUBMITTED")).body("figures.activities.activities", equalTo(2));

        // still readable, with its history, and closed to change
        given().get("/api/v1/activities/" + duplicate).then().statusCode(200).body("voided.reason", equalTo("บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม"));
        given().get("/api/v1/activities/" + duplicate + "/history").then().body("action", contains("VOID"))
                .body("[0].changes.field", contains("updatedBy", "voided"));
        assertProblem(voiding(duplicate, "\"1\"", "อีกครั้ง"), 409, "activity.voided");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(ActivityResourceTest.activity(center, "HEALTH", "2024-12-06")).put("/api/v1/activities/" + duplicate)
                .then(), 409, "activity.voided");
        assertProblem(given().contentType("image/png").body(ActivityPhotoResourceTest.png(ActivityPhotoResourceTest.image(20, 20)))
                .post("/api/v1/activities/" + duplicate + "/photos").then(), 409, "activity.voided");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("partnerIds", List.of()))
                .put("/api/v1/activities/" + duplicate + "/partners").then(), 409, "activity.voided");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerCannotVoid() {
        UUID activity = fixtures.activityIn("521302");
        assertProblem(voiding(activity, "\"0\"", "ซ้ำ"), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.district5001", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5001"))
    void anActivityOutsideTheAreaIsNotFound() {
        UUID activity = fixtures.activityIn("521303");
        assertProblem(voiding(activity, "\"0\"", "ซ้ำ"), 404, "activity.not-found");
    }

    private static io.restassured.response.ValidatableResponse voiding(UUID activity, String ifMatch, String reason) {
        var request = given().contentType(ContentType.JSON).body(Map.of("reason", reason));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/api/v1/activities/" + activity + "/void").then();
    }

    private static io.restassured.response.ValidatableResponse compliance(int quarter) {
        return given().queryParam("areaCode", DISTRICT).queryParam("fiscalYear", 2568).queryParam("quarter", quarter)
                .get("/api/v1/compliance").then().statusCode(200);
    }

    private static String deadline(int quarter) {
        List<Map<String, Object>> deadlines = given().get("/api/v1/fiscal-years/2568/deadlines").then().statusCode(200)
                .extract().jsonPath().getList("");
        return deadlines.stream().filter(d -> Integer.valueOf(quarter).equals(d.get("quarter")))
                .map(d -> (String) d.get("id")).findFirst().orElseThrow();
    }
}
