package th.go.cdd.cdvl.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivityFixtures;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/**
 * The driving plans in the quarterly report (issue 15 §2), in Phetchaburi (76), which no other test
 * uses: Q2 FY2569 (January to March 2026). District 7601 has three active centers: ก's confirmed
 * plan puts HEALTH and THREE_TREES in Q2 (and EDUCATION in Q1), ข's draft puts EDUCATION in Q2, ค has
 * no plan; ก held a health activity and a waste-for-gold one in Q2. District 7602 has one center whose
 * plan puts HEALTH in Q2, held.
 */
@QuarkusTest
class PlanFigureFlowTest {

    @Inject
    ActivityFixtures activities;

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    static String q2() {
        List<Map<String, Object>> deadlines = as("demo.admin").get("/api/v1/fiscal-years/2569/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("");
        return deadlines.stream().filter(d -> Integer.valueOf(2).equals(d.get("quarter"))).map(d -> (String) d.get("id"))
                .findFirst().orElseThrow();
    }

    static String plan(UUID center, List<Map<String, Object>> lines, String ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        RequestSpecification request = as("demo.admin").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/centers/" + center + "/plans/2569").then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> line(int quarter, ActivityType type) {
        return Map.of("quarter", quarter, "type", type.name(), "title", "ตามแผน " + type);
    }

    static void assertPlan(ValidatableResponse response, int centers, int plans, int confirmed, int lines, int done,
            int doneDifferently) {
        response.statusCode(200)
                .body("figures.plan.centers", equalTo(centers))
                .body("figures.plan.plans", equalTo(plans))
                .body("figures.plan.confirmed", equalTo(confirmed))
                .body("figures.plan.lines", equalTo(lines))
                .body("figures.plan.done", equalTo(done))
                .body("figures.plan.doneDifferently", equalTo(doneDifferently));
    }

    @Test
    void aDraftShowsThePlansAsTheyStandAndASubmittedReportKeepsWhatTheySaidAtSubmission() throws Exception {
        String deadline = q2();
        String district = "/api/v1/deadlines/" + deadline + "/reports/7601";
        String province = "/api/v1/deadlines/" + deadline + "/provinces/76/report";
        UUID a = activities.center("760101", "ศูนย์แผน ท่าราบ");
        UUID b = activities.center("760102", "ศูนย์แผน คลองกระแชง");
        UUID c = activities.center("760103", "ศูนย์แผน บางจาน");
        UUID d = activities.center("760201", "ศูนย์แผน เขาย้อย");
        String etag = plan(a, List.of(line(1, ActivityType.EDUCATION), line(2, ActivityType.HEALTH), line(2, ActivityType.THREE_TREES)),
                null);
        as("demo.admin").header("If-Match", etag).post("/api/v1/centers/" + a + "/plans/2569/confirm").then().statusCode(200);
        String planB = plan(b, List.of(line(2, ActivityType.EDUCATION)), null);
        plan(d, List.of(line(2, ActivityType.HEALTH)), null);
        activities.activity(a, "760101", ActivityType.HEALTH, LocalDate.of(2026, 2, 10));
        activities.activity(a, "760101", ActivityType.WASTE_FOR_GOLD, LocalDate.of(2026, 3, 5));
        activities.activity(d, "760201", ActivityType.HEALTH, LocalDate.of(2026, 1, 20));

        // the draft: 2 of 3 centers have a plan; of Q2's 3 lines, HEALTH is done and THREE_TREES differently
        assertPlan(as("demo.admin").get(district).then(), 3, 2, 1, 3, 2, 1);
        as("demo.admin").get(district).then().body("figures.plan.planRate", equalTo(0.6667f)).body("figures.plan.doneRate", equalTo(0.6667f));
        assertPlan(as("demo.admin").get(province).then(), 4, 3, 1, 4, 3, 1);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(as("demo.admin").get(district + ".xlsx").then()
                .statusCode(200).extract().asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(value(rows, "ศูนย์ที่มีแผนขับเคลื่อน")).isEqualTo("2");
            assertThat(value(rows, "ยังไม่ได้ดำเนินการ")).isEqualTo("1");
            assertThat(value(rows, "ร้อยละของกิจกรรมตามแผนที่ดำเนินการแล้ว")).isEqualTo("66.67");
        }

        String report = as("demo.admin").body(Map.of("results", "ศูนย์ดำเนินการตามแผน")).put(district).then().statusCode(200)
                .extract().header("ETag");
        assertPlan(as("demo.admin").header("If-Match", report).post(district + "/submit").then(), 3, 2, 1, 3, 2, 1);

        // after submission: ข's plan gains a Q2 line, ข holds it, ค makes a plan, and 7602 plans one more
        plan(b, List.of(line(2, ActivityType.EDUCATION), line(2, ActivityType.HEALTH)), planB);
        activities.activity(b, "760102", ActivityType.EDUCATION, LocalDate.of(2026, 3, 10));
        plan(c, List.of(line(2, ActivityType.HEALTH)), null);
        plan(d, List.of(line(2, ActivityType.HEALTH), line(2, ActivityType.EDUCATION)), "\"0\"");

        // the submitted report keeps what it was sent with; the province sums it with 7602 as it stands
        assertPlan(as("demo.admin").get(district).then().body("state", equalTo("SUBMITTED")), 3, 2, 1, 3, 2, 1);
        assertPlan(as("demo.admin").get(province).then(), 4, 3, 1, 5, 3, 1);
        as("demo.admin").queryParam("areaCode", "7601").queryParam("fiscalYear", 2569).get("/api/v1/plans/summary").then()
                .statusCode(200).body("totals.plans", equalTo(3));
    }

    /** The value beside a label in the report's sheet. */
    private static String value(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).map(r -> r.getCellText(1)).findFirst().orElseThrow();
    }
}
