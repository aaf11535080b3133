package th.go.cdd.cdvl.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivityFixtures;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.partner.PartnerFixtures;
import th.go.cdd.cdvl.partner.Sector;
import th.go.cdd.cdvl.testsupport.RealmTokens;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * The province's report to the department (issue 14 §1), with real tokens of the demo users, on
 * Q3 FY2569 (districts due 15 June 2026), which no other test uses. Samut Songkhram (75), with its
 * three districts, holds a hand-made data set whose sums the test states by hand.
 */
@QuarkusTest
class ProvinceReportFlowTest {

    @Inject
    TestClock clock;

    @Inject
    ActivityFixtures activities;

    @Inject
    PartnerFixtures partners;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static Map<String, Object> q3(String username) {
        List<Map<String, Object>> deadlines = as(username).get("/api/v1/fiscal-years/2569/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("");
        return deadlines.stream().filter(d -> Integer.valueOf(3).equals(d.get("quarter"))).findFirst().orElseThrow();
    }

    @Test
    void theProvinceSumsWhatItsDistrictsSubmittedAndWhatTheOthersHoldNow() {
        clock.set(OffsetDateTime.parse("2026-06-20T09:00:00+07:00"));
        String deadline = (String) q3("demo.admin").get("id");
        // 7501: two centers, one active (2 × HEALTH); 7502: one center, active (1 × EDUCATION); 7503: one center, idle
        var a = activities.center("750101", "ศูนย์ ก");
        activities.center("750102", "ศูนย์ ข");
        var c = activities.center("750201", "ศูนย์ ค");
        var d = activities.center("750301", "ศูนย์ ง");
        activities.activity(a, "750101", ActivityType.HEALTH, LocalDate.of(2026, 4, 10));
        activities.activity(a, "750101", ActivityType.HEALTH, LocalDate.of(2026, 5, 10));
        activities.activity(c, "750201", ActivityType.EDUCATION, LocalDate.of(2026, 5, 12));
        partners.link(partners.partner("วัดทดสอบสมุทรสงคราม", Sector.RELIGION, "7501"), a, "750101", 2569, new BigDecimal("1000"));
        String province = "/api/v1/deadlines/" + deadline + "/provinces/75/report";

        as("demo.admin").get(province).then()
                .statusCode(200)
                .body("standing", equalTo("NOT_STARTED"))
                .body("deadline.dueOn", equalTo("2026-06-15"))
                .body("figures.kind", equalTo("QUARTERLY"))
                .body("figures.compliance.centers", equalTo(4))
                .body("figures.compliance.compliantCenters", equalTo(2))
                .body("figures.compliance.nonCompliantCenters", equalTo(2))
                .body("figures.activities.activities", equalTo(3))
                .body("figures.activities.byType.HEALTH", equalTo(2))
                .body("figures.activities.byType.EDUCATION", equalTo(1))
                .body("figures.activities.participants.community", equalTo(9))
                .body("figures.partnersBySector.RELIGION", equalTo(1))
                .body("figures.budgetBySector.RELIGION", equalTo(1000.0f))
                .body("figures.partnersBySector.MEDIA", equalTo(0))
                .body("districts", hasSize(3))
                .body("districts.standing", equalTo(List.of("MISSING", "MISSING", "MISSING")))
                .body("narratives", hasSize(0));

        as("demo.admin").get("/api/v1/deadlines/" + deadline + "/reports/7502").then()
                .statusCode(200)
                .body("figures.compliance.centers", equalTo(1))
                .body("figures.compliance.compliantCenters", equalTo(1))
                .body("figures.activities.byType.EDUCATION", equalTo(1))
                .body("figures.partnersBySector.RELIGION", equalTo(0));

        // 7501 submits (late: after 15 June): its figures are frozen in the province's sum
        String district = "/api/v1/deadlines/" + deadline + "/reports/7501";
        String etag = as("demo.admin").body(Map.of("results", "อำเภอเมืองจัดกิจกรรมสุขภาพ")).put(district).then()
                .statusCode(200).extract().header("ETag");
        as("demo.admin").header("If-Match", etag).post(district + "/submit").then().statusCode(200);
        activities.activity(a, "750101", ActivityType.HEALTH, LocalDate.of(2026, 6, 1)); // after 7501 submitted
        activities.activity(d, "750301", ActivityType.ENERGY_SAVING, LocalDate.of(2026, 6, 2)); // 7503 still live

        as("demo.admin").get(province).then()
                .statusCode(200)
                .body("figures.activities.activities", equalTo(4))
                .body("figures.activities.byType.HEALTH", equalTo(2))
                .body("figures.activities.byType.ENERGY_SAVING", equalTo(1))
                .body("figures.compliance.compliantCenters", equalTo(3))
                .body("districts.find { it.district.code == '7501' }.standing", equalTo("SUBMITTED_LATE"))
                .body("narratives", hasSize(1))
                .body("narratives[0].district.nameTh", equalTo("เมืองสมุทรสงคราม"))
                .body("narratives[0].results", equalTo("อำเภอเมืองจัดกิจกรรมสุขภาพ"));

        // the province submits: its figures and districts' table are frozen too
        etag = as("demo.admin").body(Map.of("results", "ภาพรวมจังหวัด")).put(province).then()
                .statusCode(200).body("state", equalTo("DRAFT")).extract().header("ETag");
        as("demo.admin").header("If-Match", etag).post(province + "/submit").then()
                .statusCode(200).body("state", equalTo("SUBMITTED")).body("figures.activities.activities", equalTo(4));
        activities.activity(c, "750201", ActivityType.EDUCATION, LocalDate.of(2026, 6, 3));
        as("demo.admin").get(province).then()
                .statusCode(200)
                .body("figures.activities.activities", equalTo(4))
                .body("districts.find { it.district.code == '7502' }.standing", equalTo("MISSING"));
    }

    @Test
    void aProvinceSubmitsTheDepartmentReturnsThenAcceptsAndTimelinessWaitsForItsDate() throws Exception {
        clock.set(OffsetDateTime.parse("2026-06-20T09:00:00+07:00"));
        Map<String, Object> deadline = q3("demo.national");
        String id = (String) deadline.get("id");
        String report = "/api/v1/deadlines/" + id + "/provinces/52/report";

        as("demo.province52").get(report).then()
                .statusCode(200).body("standing", equalTo("NOT_STARTED")).body("districts", hasSize(13)).body("version", equalTo(0));
        assertProblem(as("demo.district5201").get(report).then(), 403, "auth.forbidden");
        assertProblem(as("demo.province52").get("/api/v1/deadlines/" + id + "/provinces/50/report").then(), 404,
                "reporting.province-report.not-found");
        assertProblem(as("demo.national").body(Map.of("results", "x")).put(report).then(), 403, "auth.forbidden");

        String etag = as("demo.province52").body(Map.of("results", "ลำปางจัดกิจกรรมครบ", "goodPractice", "ตลาดนัด ๔ ทิศ"))
                .put(report).then().statusCode(200).body("state", equalTo("DRAFT")).extract().header("ETag");
        assertProblem(as("demo.province52").body(Map.of("results", "y")).put(report).then(), 428, "version.required");
        etag = as("demo.province52").header("If-Match", etag).post(report + "/submit").then()
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("standing", equalTo("SUBMITTED"))
                .body("onTime", nullValue())
                .body("submittedBy", equalTo("demo.province52"))
                .extract().header("ETag");
        assertProblem(as("demo.province52").header("If-Match", etag).body(Map.of("comment", "x")).post(report + "/accept").then(),
                403, "auth.forbidden");
        assertProblem(as("demo.national").header("If-Match", etag).body(Map.of()).post(report + "/return").then(), 422,
                "reporting.review.comment-required");
        etag = as("demo.national").header("If-Match", etag).body(Map.of("comment", "เพิ่มผลภารกิจที่ ๓"))
                .post(report + "/return").then()
                .statusCode(200).body("state", equalTo("RETURNED")).body("reviewComment", equalTo("เพิ่มผลภารกิจที่ ๓"))
                .extract().header("ETag");
        etag = as("demo.province52").header("If-Match", etag).header("Prefer", "return=minimal")
                .body(Map.of("results", "ลำปางจัดกิจกรรมครบ ภารกิจที่ ๓ ด้วย"))
                .put(report).then().statusCode(204).header("Preference-Applied", equalTo("return=minimal")).extract().header("ETag");
        clock.set(OffsetDateTime.parse("2026-06-25T09:00:00+07:00"));
        etag = as("demo.province52").header("If-Match", etag).post(report + "/submit").then()
                .statusCode(200).extract().header("ETag");

        // the department sets the provinces' date; the first submission (20 June) is judged against it, not the last (25 June)
        String dueOn = "/api/v1/deadlines/" + id + "/province-report-due-on";
        String deadlineTag = "\"" + deadline.get("version") + "\"";
        assertProblem(as("demo.province52").header("If-Match", deadlineTag).body(Map.of("dueOn", "2026-06-22")).put(dueOn).then(),
                403, "auth.forbidden");
        assertProblem(as("demo.national").header("If-Match", deadlineTag).body(Map.of("dueOn", "2026-06-10")).put(dueOn).then(),
                422, "reporting.deadline.before-districts");
        as("demo.national").header("If-Match", deadlineTag).body(Map.of("dueOn", "2026-06-19")).put(dueOn).then()
                .statusCode(200).body("provinceReportDueOn", equalTo("2026-06-19"));
        as("demo.province52").get(report).then()
                .statusCode(200).body("dueOn", equalTo("2026-06-19")).body("onTime", equalTo(false))
                .body("standing", equalTo("SUBMITTED_LATE"));
        String moved = "\"" + q3("demo.national").get("version") + "\"";
        as("demo.national").header("If-Match", moved).body(Map.of("dueOn", "2026-06-22")).put(dueOn).then().statusCode(200);
        as("demo.province52").get(report).then().statusCode(200).body("onTime", equalTo(true))
                .body("standing", equalTo("SUBMITTED_ON_TIME"));

        as("demo.national").get("/api/v1/deadlines/" + id + "/province-reports").then()
                .statusCode(200)
                .body("dueOn", equalTo("2026-06-22"))
                .body("provinces", hasSize(76))
                .body("provinces.find { it.province.code == '52' }.standing", equalTo("SUBMITTED_ON_TIME"))
                .body("provinces.find { it.province.code == '10' }", nullValue());
        as("demo.province52").get("/api/v1/deadlines/" + id + "/province-reports").then()
                .statusCode(200).body("provinces.province.code", equalTo(List.of("52")));

        etag = as("demo.national").header("If-Match", etag).body(Map.of()).post(report + "/accept").then()
                .statusCode(200).body("state", equalTo("ACCEPTED")).body("standing", equalTo("ACCEPTED")).extract().header("ETag");
        assertProblem(as("demo.province52").header("If-Match", etag).body(Map.of("results", "แก้")).put(report).then(), 409,
                "reporting.report.state");
        assertProblem(as("demo.national").header("If-Match", etag).body(Map.of()).post(report + "/reopen").then(), 400,
                "request.invalid");
        as("demo.national").header("If-Match", etag).body(Map.of("reason", "แก้จำนวนภาคี")).post(report + "/reopen").then()
                .statusCode(200).body("state", equalTo("RETURNED")).body("onTime", equalTo(true));

        byte[] xlsx = as("demo.province52").get(report + ".xlsx").then().statusCode(200).extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var cells = workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0)).toList();
            assertThat(cells).contains("แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (ภาพรวมจังหวัด)", "จังหวัดลำปาง",
                    "ลำปางจัดกิจกรรมครบ ภารกิจที่ ๓ ด้วย", "สถานะการรายงานของอำเภอ");
        }
        as("demo.national").queryParam("entityType", "PROVINCE_REPORT").queryParam("areaCode", "52")
                .get("/api/v1/audit-events").then()
                .body("items.action", hasItems("CREATE", "UPDATE", "SUBMIT", "RETURN", "ACCEPT", "REOPEN"));
    }

    @Test
    void theNationalRollUpIsTheSumOfTheProvinceReports() throws Exception {
        String id = (String) q3("demo.national").get("id");
        var national = as("demo.national").get("/api/v1/deadlines/" + id + "/national-report").then()
                .statusCode(200).body("provinces", hasSize(76)).extract().jsonPath();
        int centers = 0;
        int compliant = 0;
        int activitiesHeld = 0;
        int community = 0;
        int religion = 0;
        BigDecimal budget = BigDecimal.ZERO;
        int districts = 0;
        for (Map<String, Object> row : national.<Map<String, Object>>getList("provinces")) {
            String code = (String) ((Map<?, ?>) row.get("province")).get("code");
            var province = as("demo.national").get("/api/v1/deadlines/" + id + "/provinces/" + code + "/report").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(national.getInt("provinces.find { it.province.code == '" + code + "' }.figures.activities.activities"))
                    .as("province %s", code).isEqualTo(province.getInt("figures.activities.activities"));
            centers += province.getInt("figures.compliance.centers");
            compliant += province.getInt("figures.compliance.compliantCenters");
            activitiesHeld += province.getInt("figures.activities.activities");
            community += province.getInt("figures.activities.participants.community");
            religion += province.getInt("figures.partnersBySector.RELIGION");
            budget = budget.add(new BigDecimal(province.getString("figures.budgetBySector.GOVERNMENT")));
            districts += province.getList("districts").size();
        }
        assertThat(national.getInt("totals.compliance.centers")).isEqualTo(centers).isPositive();
        assertThat(national.getInt("totals.compliance.compliantCenters")).isEqualTo(compliant);
        assertThat(national.getInt("totals.activities.activities")).isEqualTo(activitiesHeld);
        assertThat(national.getInt("totals.activities.participants.community")).isEqualTo(community);
        assertThat(national.getInt("totals.partnersBySector.RELIGION")).isEqualTo(religion);
        assertThat(new BigDecimal(national.getString("totals.budgetBySector.GOVERNMENT"))).isEqualByComparingTo(budget);
        assertThat(national.getMap("districtReports").values().stream().mapToInt(v -> (Integer) v).sum()).isEqualTo(districts);

        as("demo.viewer52").get("/api/v1/deadlines/" + id + "/national-report").then()
                .statusCode(200).body("provinces.province.code", equalTo(List.of("52")));
        assertProblem(as("demo.province52").get("/api/v1/deadlines/" + id + "/national-report").then(), 403, "auth.forbidden");

        byte[] xlsx = as("demo.national").get("/api/v1/deadlines/" + id + "/national-report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly("ภาพรวมประเทศ", "รายจังหวัด", "กิจกรรมรายประเภท");
            assertThat(sheets.get(1).read()).hasSize(77);
            assertThat(sheets.get(1).read().get(1).getCellText(0)).isNotBlank();
        }

        var year = as("demo.national").get("/api/v1/fiscal-years/2569/national-report").then()
                .statusCode(200).body("deadlines", hasSize(4)).body("provinces", hasSize(76)).extract().jsonPath();
        int yearActivities = 0;
        for (int q = 1; q <= 4; q++) {
            String quarter = (String) year.getList("deadlines.id").get(q - 1);
            var ofQuarter = as("demo.national").get("/api/v1/deadlines/" + quarter + "/national-report").then()
                    .statusCode(200).extract().jsonPath();
            yearActivities += ofQuarter.getInt("totals.activities.activities");
            assertThat(year.getInt("totals.complianceByQuarter[" + (q - 1) + "].compliantCenters"))
                    .isEqualTo(ofQuarter.getInt("totals.compliance.compliantCenters"));
        }
        assertThat(year.getInt("totals.activities.activities")).isEqualTo(yearActivities).isGreaterThanOrEqualTo(activitiesHeld);
        byte[] yearXlsx = as("demo.national").get("/api/v1/fiscal-years/2569/national-report.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(yearXlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 1 + 76 + 1);
            assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("รวมทั้งประเทศ");
        }

        as("demo.national").queryParam("fiscalYear", 2569).get("/api/v1/completeness/province-reports").then()
                .statusCode(200).body("rows", hasSize(76)).body("deadlines", hasSize(4))
                .body("totals[2].counts.values().sum()", equalTo(76));
        as("demo.province52").queryParam("fiscalYear", 2569).get("/api/v1/completeness/province-reports").then()
                .statusCode(200).body("rows.area.code", equalTo(List.of("52")));
        assertProblem(as("demo.district5201").get("/api/v1/completeness/province-reports").then(), 403, "auth.forbidden");
    }

    @Test
    void aLocationReportDeadlineHasARollUpButNoProvinceReport() {
        List<Map<String, Object>> deadlines = as("demo.province52").get("/api/v1/fiscal-years/2568/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("");
        String location = deadlines.stream().filter(d -> "LOCATION_REPORT".equals(d.get("kind"))).map(d -> (String) d.get("id"))
                .findFirst().orElseThrow();
        String report = "/api/v1/deadlines/" + location + "/provinces/52/report";
        as("demo.province52").get(report).then()
                .statusCode(200).body("figures.kind", equalTo("LOCATION")).body("state", nullValue())
                .body("figures.locations.subdistricts", org.hamcrest.Matchers.greaterThan(0));
        assertProblem(as("demo.province52").body(Map.of("results", "x")).put(report).then(), 409,
                "reporting.province-report.not-quarterly");
    }
}
