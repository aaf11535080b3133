package th.go.cdd.cdvl.reporting.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.TestClock;

@QuarkusTest
class ReportingResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String deadlineId(int fiscalYear, int quarter) {
        List<Map<String, Object>> list = given().get("/api/v1/fiscal-years/" + fiscalYear + "/deadlines").then()
                .statusCode(200).extract().jsonPath().getList("");
        return list.stream().filter(d -> Integer.valueOf(quarter).equals(d.get("quarter")))
                .map(d -> (String) d.get("id")).findFirst().orElseThrow();
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void everyFiscalYearHasItsDefaultDeadlinesAndTheLocationReport() {
        given().get("/api/v1/fiscal-years/2568/deadlines").then()
                .statusCode(200)
                .body("size()", equalTo(5))
                .body("find { it.kind == 'LOCATION_REPORT' }.dueOn", equalTo("2024-11-22"))
                .body("find { it.quarter == 1 }.dueOn", equalTo("2024-12-13"))
                .body("find { it.quarter == 1 }.titleTh", equalTo("รายงานผลการดำเนินงาน ไตรมาส 1/2568"));
        given().get("/api/v1/fiscal-years/2569/deadlines").then().body("quarter", hasItem(4));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aProvinceSetsAnEarlierDateForItsDistrictsButNotALaterOne() {
        String q4 = deadlineId(2569, 4);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("dueOn", "2026-09-30"))
                .put("/api/v1/deadlines/" + q4 + "/provinces/52").then(), 422, "reporting.deadline.later-than-national");
        given().contentType(ContentType.JSON).body(Map.of("dueOn", "2026-09-10"))
                .put("/api/v1/deadlines/" + q4 + "/provinces/52").then()
                .statusCode(200)
                .body("dueOn", equalTo("2026-09-15"))
                .body("provinceDueOn", equalTo("2026-09-10"))
                .body("provinceVersion", equalTo(0));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("dueOn", "2026-09-09"))
                .put("/api/v1/deadlines/" + q4 + "/provinces/52").then(), 428, "version.required");
        given().get("/api/v1/deadlines/" + q4 + "/reports/5203").then()
                .statusCode(200)
                .body("deadline.dueOn", equalTo("2026-09-10"))
                .body("deadline.nationalDueOn", equalTo("2026-09-15"));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("dueOn", "2026-09-10"))
                .put("/api/v1/deadlines/" + q4 + "/provinces/50").then(), 403, "reporting.area.forbidden");
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("dueOn", "2026-09-11"))
                .put("/api/v1/deadlines/" + q4 + "/due-on").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void theDepartmentMovesADeadline() {
        String q3 = deadlineId(2570, 3);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("dueOn", "2027-06-11"))
                .put("/api/v1/deadlines/" + q3 + "/due-on").then(), 428, "version.required");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("dueOn", "2027-06-11"))
                .put("/api/v1/deadlines/" + q3 + "/due-on").then()
                .statusCode(200).body("dueOn", equalTo("2027-06-11")).header("ETag", equalTo("\"1\""));
        assertProblem(given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("dueOn", "2030-01-01"))
                .put("/api/v1/deadlines/" + q3 + "/due-on").then(), 422, "reporting.deadline.out-of-year");
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void completenessShowsEveryDistrictOfTheProvinceAndMissingOnesAfterTheDeadline() {
        clock.set(OffsetDateTime.parse("2026-01-05T09:00:00+07:00"));
        given().queryParam("fiscalYear", 2569).get("/api/v1/completeness").then()
                .statusCode(200)
                .body("rows", hasSize(13))
                .body("deadlines.size()", equalTo(4))
                .body("rows[0].cells.find { it.deadlineId == '" + deadlineId(2569, 1) + "' }.standing", equalTo("MISSING"))
                .body("rows[0].cells.find { it.deadlineId == '" + deadlineId(2569, 2) + "' }.standing", equalTo("NOT_STARTED"))
                .body("totals[0].counts.MISSING", equalTo(13))
                .body("totals[0].submittedRate", equalTo(0.0f));
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void theNationSeesSeventySixProvincesAndTheirCounts() {
        given().queryParam("fiscalYear", 2568).get("/api/v1/completeness").then()
                .statusCode(200)
                .body("rows", hasSize(76))
                .body("rows.find { it.area.code == '52' }.cells[0].counts.size()", equalTo(7))
                .body("totals[0].counts.values().sum()", equalTo(878));
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictSeesWhatIsDueNextWithACountdown() {
        clock.set(OffsetDateTime.parse("2026-03-06T09:00:00+07:00"));
        given().get("/api/v1/my-deadlines").then()
                .statusCode(200)
                .body("find { it.deadline.quarter == 2 && it.deadline.fiscalYear == 2569 }.daysLeft", equalTo(7))
                .body("find { it.deadline.quarter == 2 && it.deadline.fiscalYear == 2569 }.standing", equalTo("NOT_STARTED"));
        assertProblem(given().queryParam("areaCode", "52").get("/api/v1/completeness").then(), 404, "geo.not-found");
    }

    @Test
    void refusesCallersWithoutAToken() {
        assertProblem(given().get("/api/v1/completeness").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/my-deadlines").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/fiscal-years/2568/deadlines").then(), 401, "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() {
        assertProblem(given().get("/api/v1/completeness").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void theOfficialFormsExportAsExcelInThai() throws Exception {
        String q1 = deadlineId(2568, 1);
        byte[] district = given().get("/api/v1/deadlines/" + q1 + "/reports/5204.xlsx").then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"operation-report-5204.xlsx\""))
                .extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(district))) {
            var rows = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0))
                    .isEqualTo("แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน");
            org.assertj.core.api.Assertions.assertThat(rows.get(1).getCellText(0)).isEqualTo("รายงานผลการดำเนินงาน ไตรมาส 1/2568");
            org.assertj.core.api.Assertions.assertThat(rows.stream().map(r -> r.getCellText(0)))
                    .contains("๓.๑ ตู้เย็นตู้ยารอบบ้าน", "ภาคศาสนา", "ปัญหาอุปสรรค");
        }
        given().get("/api/v1/deadlines/" + q1 + "/provinces/52/report").then()
                .statusCode(200)
                .body("districts", hasSize(13))
                .body("figures.compliance.centers", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/deadlines/" + q1 + "/provinces/52/report.xlsx").then().statusCode(200);
        assertProblem(given().get("/api/v1/deadlines/" + q1 + "/provinces/50/report").then(), 404, "reporting.province-report.not-found");
    }

    @Test
    @TestSecurity(user = "demo.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictKeepsItsOwnOfficeEmailOnly() {
        given().contentType(ContentType.JSON).body(Map.of("email", "cdd.muang@cdvl.example"))
                .put("/api/v1/office-contacts/5201").then().statusCode(200).body("email", equalTo("cdd.muang@cdvl.example"));
        given().get("/api/v1/office-contacts/5201").then().statusCode(200).header("ETag", equalTo("\"0\""));
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("email", "x@cdvl.example"))
                .put("/api/v1/office-contacts/5202").then(), 403, "reporting.area.forbidden");
        assertProblem(given().get("/api/v1/office-contacts/5202").then(), 404, "geo.not-found");
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("email", "not-an-email"))
                .put("/api/v1/office-contacts/5201").then(), 400, "request.invalid");
        given().get("/api/v1/reminders").then().statusCode(200);
        assertProblem(given().post("/api/v1/reminders/run").then(), 403, "auth.forbidden");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerNeitherWritesReportsNorSeesContacts() {
        String q1 = deadlineId(2568, 1);
        given().get("/api/v1/deadlines/" + q1 + "/reports/5201").then().statusCode(200);
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("results", "x"))
                .put("/api/v1/deadlines/" + q1 + "/reports/5201").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/office-contacts/52").then(), 403, "auth.forbidden");
    }
}
