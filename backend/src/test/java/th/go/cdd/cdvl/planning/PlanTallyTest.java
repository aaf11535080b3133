package th.go.cdd.cdvl.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.activity.ActivityCategory;
import th.go.cdd.cdvl.activity.ActivityFixtures;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.center.CenterFixtures;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/**
 * The area summary counts lines done in SQL ({@code plan_tally} per plan and {@code district_plan_tally}
 * per district, kept by triggers: migration V202612040500__plan_tally.sql); a plan's own view counts them
 * with {@link PlanAgainstActual}. On the same plans and activities, through every write that changes
 * them (activities recorded before and after the plan, an activity voided, the plan's lines replaced, the
 * plan confirmed), the two agree, for every activity type, and the province's row of a district adds up
 * the district's rows.
 * FY2566, in Mae Mo (5202), where no other test plans.
 */
@QuarkusTest
class PlanTallyTest {

    private static final int YEAR = 2566;
    private static final String DISTRICT = "5202";
    /** FY2566 quarters start on these days. */
    private static final LocalDate[] QUARTER_DAY = {null, LocalDate.of(2022, 11, 10), LocalDate.of(2023, 2, 10),
        LocalDate.of(2023, 5, 10), LocalDate.of(2023, 8, 10)};

    @Inject
    CenterFixtures centers;

    @Inject
    ActivityFixtures activities;

    static RequestSpecification as(String username) {
        return given().auth().oauth2(RealmTokens.userToken(username)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> body(List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("lines", lines);
        return body;
    }

    private static Map<String, Object> line(int quarter, ActivityType type) {
        return Map.of("quarter", quarter, "type", type.name(), "title", "แผน " + type);
    }

    private static String path(UUID center) {
        return "/api/v1/centers/" + center + "/plans/" + YEAR;
    }

    @Test
    void everyTypeCountsInItsCategory() {
        // Three centers plan every type once, each in one quarter, and hold more activities of one
        // category than it has types (missions in Q1, dimensions in Q2, national-day work in Q3), and
        // nothing else. Each center's lines done are then exactly that category's types (10, 5, 3): a
        // type the SQL put in another category counts one line too few or too many at one of them.
        String[] subdistricts = {null, "520201", "520203", "520204"};
        ActivityCategory[] saturated = {null, ActivityCategory.MISSION, ActivityCategory.DIMENSION, ActivityCategory.NATIONAL_DAY};
        for (int quarter = 1; quarter <= 3; quarter++) {
            String subdistrict = subdistricts[quarter];
            UUID center = centers.center(subdistrict, "ศูนย์นับ " + subdistrict);
            ActivityCategory category = saturated[quarter];
            List<ActivityType> ofCategory = Arrays.stream(ActivityType.values()).filter(t -> t.category() == category).toList();
            for (ActivityType type : ofCategory) {
                activities.activity(center, subdistrict, type, QUARTER_DAY[quarter]);
            }
            activities.activity(center, subdistrict, ofCategory.get(0), QUARTER_DAY[quarter].plusDays(1));
            List<Map<String, Object>> lines = new ArrayList<>();
            for (ActivityType type : ActivityType.values()) {
                lines.add(line(quarter, type));
            }
            as("demo.province52").body(body(lines)).put(path(center)).then().statusCode(200);
            assertThat(sameInJavaAndSql(center, subdistrict)).as("Q%d, %s held", quarter, category)
                    .containsExactly(ActivityType.values().length, ofCategory.size());
        }
    }

    @Test
    void activitiesRecordedVoidedAndLinesReplacedKeepTheCountsEqual() {
        String subdistrict = "520202";
        UUID center = centers.center(subdistrict, "ศูนย์นับ นาสัก");
        // the Javadoc's example in Q2, a dimension done by another dimension in Q3, nothing in Q4
        as("demo.province52").body(body(List.of(line(2, ActivityType.THREE_TREES), line(2, ActivityType.THREE_TREES),
                line(2, ActivityType.HEALTH), line(3, ActivityType.EDUCATION), line(4, ActivityType.DEVELOPMENT_VOLUNTEER))))
                .put(path(center)).then().statusCode(200);
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(5, 0);

        activities.activity(center, subdistrict, ActivityType.THREE_TREES, QUARTER_DAY[2]);
        UUID waste = activities.activity(center, subdistrict, ActivityType.WASTE_FOR_GOLD, QUARTER_DAY[2]);
        activities.activity(center, subdistrict, ActivityType.HEALTH, QUARTER_DAY[3]);
        activities.activity(center, subdistrict, ActivityType.HEALTH, QUARTER_DAY[3].plusDays(3));
        // a Q1 activity and one of another year fulfil nothing
        activities.activity(center, subdistrict, ActivityType.DEVELOPMENT_VOLUNTEER, QUARTER_DAY[1]);
        activities.activity(center, subdistrict, ActivityType.DEVELOPMENT_VOLUNTEER, QUARTER_DAY[4].plusYears(1));
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(5, 3);

        as("demo.province52").header("If-Match", "\"0\"").body(Map.of("reason", "บันทึกซ้ำ"))
                .post("/api/v1/activities/" + waste + "/void").then().statusCode(200);
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(5, 2);

        as("demo.province52").header("If-Match", "\"0\"").body(body(List.of(line(3, ActivityType.HEALTH),
                line(3, ActivityType.HEALTH), line(3, ActivityType.HEALTH), line(4, ActivityType.DISASTER_VOLUNTEER))))
                .put(path(center)).then().statusCode(200);
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(4, 2);

        activities.activity(center, subdistrict, ActivityType.SPECIAL_TASK_VOLUNTEER, QUARTER_DAY[4]);
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(4, 3);

        as("demo.province52").header("If-Match", "\"1\"").post(path(center) + "/confirm").then().statusCode(200);
        assertThat(sameInJavaAndSql(center, subdistrict)).containsExactly(4, 3);

        // the province's row of the district (the per-district tally) adds up the district's rows (the per-plan one)
        JsonPath district = summary();
        JsonPath province = as("demo.province52").queryParam("areaCode", "52").queryParam("fiscalYear", YEAR)
                .get("/api/v1/plans/summary").then().statusCode(200).extract().jsonPath();
        for (String field : List.of("plans", "confirmed", "lines", "done")) {
            int sum = district.getList("rows." + field, Integer.class).stream().mapToInt(i -> i).sum();
            assertThat(district.getInt("totals." + field)).as("district total %s", field).isEqualTo(sum);
            assertThat(province.getInt("rows.find { it.area.code == '" + DISTRICT + "' }." + field)).as("province row %s", field)
                    .isEqualTo(sum);
        }
        assertThat(district.getInt("totals.confirmed")).isGreaterThanOrEqualTo(1);
    }

    /** Lines and lines done of the center's plan (alone in its sub-district): the plan's view against the summary's row. */
    private List<Integer> sameInJavaAndSql(UUID center, String subdistrict) {
        JsonPath plan = as("demo.province52").get(path(center)).then().statusCode(200).extract().jsonPath();
        int lines = plan.getInt("progress.lines");
        int done = plan.getInt("progress.done") + plan.getInt("progress.doneDifferently");
        JsonPath summary = summary();
        String row = "rows.find { it.area.code == '" + subdistrict + "' }";
        assertThat(summary.getInt(row + ".plans")).as("plans in %s", subdistrict).isEqualTo(1);
        assertThat(summary.getInt(row + ".lines")).as("lines: SQL against Java").isEqualTo(lines);
        assertThat(summary.getInt(row + ".done")).as("lines done: SQL against Java").isEqualTo(done);
        return List.of(lines, done);
    }

    private static JsonPath summary() {
        return as("demo.province52").queryParam("areaCode", DISTRICT).queryParam("fiscalYear", YEAR).get("/api/v1/plans/summary")
                .then().statusCode(200).extract().jsonPath();
    }
}
