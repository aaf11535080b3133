package th.go.cdd.cdvl.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * The report's life between a district and its province, with real tokens of the demo users and
 * the application clock set to chosen instants.
 */
@QuarkusTest
class DistrictReportFlowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static String deadline(int fiscalYear, int quarter) {
        List<Map<String, Object>> deadlines = as("demo.district5201").get("/api/v1/fiscal-years/" + fiscalYear + "/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("");
        return deadlines.stream().filter(d -> Integer.valueOf(quarter).equals(d.get("quarter")))
                .map(d -> (String) d.get("id")).findFirst().orElseThrow();
    }

    @Test
    void aDistrictSubmitsTheProvinceReturnsTheDistrictResubmitsTheProvinceAccepts() {
        String report = "/api/v1/deadlines/" + deadline(2568, 2) + "/reports/5201";
        clock.set(OffsetDateTime.parse("2025-03-10T09:00:00+07:00"));

        as("demo.district5201").get(report).then()
                .statusCode(200)
                .body("standing", equalTo("NOT_STARTED"))
                .body("deadline.dueOn", equalTo("2025-03-14"))
                .body("figures.kind", equalTo("QUARTERLY"))
                .body("figures.compliance.centers", notNullValue())
                .body("figures.activities.byType.HEALTH", notNullValue());
        String etag = as("demo.district5201").body(Map.of("results", "จัดกิจกรรมครบทุกศูนย์", "problems", "งบประมาณจำกัด"))
                .put(report).then().statusCode(200).body("state", equalTo("DRAFT")).extract().header("ETag");
        etag = as("demo.district5201").header("If-Match", etag).post(report + "/submit").then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("standing", equalTo("SUBMITTED_ON_TIME"))
                .body("onTime", equalTo(true))
                .body("submittedBy", equalTo("demo.district5201"))
                .extract().header("ETag");
        assertProblem(as("demo.district5201").header("If-Match", etag).post(report + "/submit").then(), 409,
                "reporting.report.state");
        assertProblem(as("demo.district5201").header("If-Match", etag).body(Map.of("results", "แก้"))
                .put(report).then(), 409, "reporting.report.state");
        assertProblem(as("demo.district5201").header("If-Match", etag).body(Map.of("comment", "x"))
                .post(report + "/accept").then(), 403, "auth.forbidden");

        assertProblem(as("demo.province52").header("If-Match", etag).body(Map.of()).post(report + "/return").then(),
                422, "reporting.review.comment-required");
        etag = as("demo.province52").header("If-Match", etag).body(Map.of("comment", "กรุณาเพิ่มผลภารกิจที่ ๓"))
                .post(report + "/return").then()
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("reviewComment", equalTo("กรุณาเพิ่มผลภารกิจที่ ๓"))
                .extract().header("ETag");

        // resubmitted after the due day: timeliness stays that of the first submission
        clock.set(OffsetDateTime.parse("2025-03-17T10:00:00+07:00"));
        etag = as("demo.district5201").header("If-Match", etag).body(Map.of("results", "จัดกิจกรรมครบ รวมภารกิจที่ ๓"))
                .put(report).then().statusCode(200).extract().header("ETag");
        etag = as("demo.district5201").header("If-Match", etag).post(report + "/submit").then()
                .statusCode(200).body("onTime", equalTo(true)).body("standing", equalTo("SUBMITTED_ON_TIME"))
                .extract().header("ETag");
        etag = as("demo.province52").header("If-Match", etag).body(Map.of()).post(report + "/accept").then()
                .statusCode(200).body("state", equalTo("ACCEPTED")).extract().header("ETag");
        assertProblem(as("demo.district5201").header("If-Match", etag).body(Map.of("results", "x")).put(report).then(),
                409, "reporting.report.state");

        assertProblem(as("demo.province52").header("If-Match", etag).body(Map.of()).post(report + "/reopen").then(),
                400, "request.invalid");
        as("demo.province52").header("If-Match", etag).body(Map.of("reason", "แก้ไขจำนวนผู้เข้าร่วม"))
                .post(report + "/reopen").then()
                .statusCode(200).body("state", equalTo("RETURNED")).body("reviewComment", equalTo("แก้ไขจำนวนผู้เข้าร่วม"));

        // reopened after acceptance, the report still counts as submitted on time
        String q2 = deadline(2568, 2);
        as("demo.province52").queryParam("fiscalYear", 2568).get("/api/v1/completeness").then()
                .statusCode(200)
                .body("rows.find { it.area.code == '5201' }.cells.find { it.deadlineId == '" + q2 + "' }.standing",
                        equalTo("RETURNED"))
                .body("totals.find { it.deadlineId == '" + q2 + "' }.onTimeRate", equalTo(0.0769f));

        as("demo.national").queryParam("entityType", "DISTRICT_REPORT").queryParam("areaCode", "5201")
                .get("/api/v1/audit-events").then()
                .body("items.action", hasItems("CREATE", "SUBMIT", "RETURN", "ACCEPT", "REOPEN"));
    }

    @Test
    void aNarrativeSaveCanAnswerWithItsVersionOnlyAndTheAuditKeepsTheReportNotTheLiveData() {
        String report = "/api/v1/deadlines/" + deadline(2568, 1) + "/reports/5202";
        String etag = as("demo.admin").body(Map.of("results", "ร่างแรก")).put(report).then().statusCode(200)
                .body("figures.kind", equalTo("QUARTERLY")).extract().header("ETag");
        var minimal = as("demo.admin").header("If-Match", etag).header("Prefer", "return=minimal")
                .body(Map.of("results", "ร่างที่สอง")).put(report).then()
                .statusCode(204)
                .header("Preference-Applied", equalTo("return=minimal"))
                .extract();
        assertThat(minimal.body().asString()).isEmpty();
        assertThat(minimal.header("ETag")).isEqualTo("\"1\"");
        as("demo.admin").get(report).then().statusCode(200).body("results", equalTo("ร่างที่สอง")).header("ETag", equalTo("\"1\""));
        as("demo.admin").header("If-Match", "\"1\"").post(report + "/submit").then().statusCode(200);

        var audit = as("demo.national").queryParam("entityType", "DISTRICT_REPORT").queryParam("areaCode", "5202")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getMap("items.find { it.action == 'UPDATE' }.after"))
                .containsEntry("results", "ร่างที่สอง").doesNotContainKey("figures");
        assertThat(audit.getMap("items.find { it.action == 'SUBMIT' }.after.figures")).containsEntry("kind", "QUARTERLY");
        assertThat(audit.getMap("items.find { it.action == 'SUBMIT' }.before")).doesNotContainKey("figures");
    }

    @Test
    void theFirstSecondAfterTheDueDayIsLate() {
        String q3 = "/api/v1/deadlines/" + deadline(2568, 3) + "/reports/5201";
        clock.set(OffsetDateTime.parse("2025-06-10T09:00:00+07:00"));
        String etag = as("demo.district5201").body(Map.of("results", "ไตรมาส ๓")).put(q3).then().statusCode(200)
                .extract().header("ETag");
        clock.set(OffsetDateTime.parse("2025-06-14T00:00:00+07:00"));
        as("demo.district5201").header("If-Match", etag).post(q3 + "/submit").then()
                .statusCode(200).body("onTime", equalTo(false)).body("standing", equalTo("SUBMITTED_LATE"));

        String q4 = "/api/v1/deadlines/" + deadline(2568, 4) + "/reports/5201";
        clock.set(OffsetDateTime.parse("2025-09-15T23:59:59+07:00"));
        etag = as("demo.district5201").body(Map.of("results", "ไตรมาส ๔")).put(q4).then().statusCode(200)
                .extract().header("ETag");
        as("demo.district5201").header("If-Match", etag).post(q4 + "/submit").then()
                .statusCode(200).body("onTime", equalTo(true));
    }

    @Test
    void anotherProvinceNeverSeesTheReport() {
        String report = "/api/v1/deadlines/" + deadline(2568, 1) + "/reports/5201";
        assertProblem(as("demo.district5001").get(report).then(), 404, "reporting.report.not-found");
        assertProblem(as("demo.district5001").body(Map.of("results", "x")).put(report).then(), 404,
                "reporting.report.not-found");
        assertProblem(as("demo.viewer52").body(Map.of("results", "x")).put(report).then(), 403, "auth.forbidden");
        as("demo.viewer52").get(report).then().statusCode(200);
        assertProblem(given().get(report).then(), 401, "auth.unauthenticated");
    }

    /**
     * The national matrix counts from the running report tallies, each province's own view from its
     * districts' reports: after a draft and a late submission they agree, cell by cell, before and
     * after the due days.
     */
    @Test
    void theNationalMatrixAgreesWithEveryProvincesOwnCounts() {
        String q4 = "/api/v1/deadlines/" + deadline(2568, 4) + "/reports/5001";
        clock.set(OffsetDateTime.parse("2025-09-10T09:00:00+07:00"));
        String etag = as("demo.district5001").body(Map.of("results", "ไตรมาส ๔")).put(q4).then().statusCode(200)
                .extract().header("ETag");
        assertNationalRowsEqualProvinceTotals(2568);
        clock.set(OffsetDateTime.parse("2025-09-20T09:00:00+07:00"));
        assertNationalRowsEqualProvinceTotals(2568);
        as("demo.district5001").header("If-Match", etag).post(q4 + "/submit").then().statusCode(200)
                .body("standing", equalTo("SUBMITTED_LATE"));
        assertNationalRowsEqualProvinceTotals(2568);

        // the national officer's countdown counts the same way
        String deadline = deadline(2568, 4);
        Object nationTotal = as("demo.national").queryParam("fiscalYear", 2568).get("/api/v1/completeness").then()
                .statusCode(200).extract().jsonPath().get("totals.find { it.deadlineId == '" + deadline + "' }.counts");
        as("demo.national").get("/api/v1/my-deadlines").then().statusCode(200)
                .body("find { it.deadline.id == '" + deadline + "' }.counts", equalTo(nationTotal));
    }

    private static void assertNationalRowsEqualProvinceTotals(int fiscalYear) {
        List<Map<String, Object>> rows = as("demo.national").queryParam("fiscalYear", fiscalYear).get("/api/v1/completeness")
                .then().statusCode(200).extract().jsonPath().getList("rows");
        assertThat(rows).hasSize(76);
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            String province = (String) ((Map<String, Object>) row.get("area")).get("code");
            List<Object> totals = as("demo.national").queryParam("fiscalYear", fiscalYear).queryParam("areaCode", province)
                    .get("/api/v1/completeness").then().statusCode(200).extract().jsonPath().getList("totals");
            assertThat(row.get("cells")).as("province %s", province).isEqualTo(totals);
        }
    }
}
