package th.go.cdd.cdvl.center;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.text.ThaiWords;

/**
 * The demo data `make run` loads (infra/local/demo-lampang.sql) still fits the schema the
 * migrations build. Run inside a transaction that is rolled back, so other tests never see it.
 */
@QuarkusTest
class DemoSeedTest {

    @Inject
    DataSource dataSource;

    @Test
    void bringsLampangAliveAndCanRunTwice() throws Exception {
        String sql = Files.readString(Path.of("../infra/local/demo-lampang.sql"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                statement.execute(sql);
                // other tests may already hold a sub-district or a point: the seed leaves those alone
                assertThat(count(statement, """
                        select count(distinct subdistrict_code) from center
                        where province_code = '52' and status = 'ACTIVE'""")).isEqualTo(100);
                long seeded = count(statement, "select count(*) from center where created_by = 'demo-seed'");
                assertThat(seeded).isGreaterThan(90);
                assertThat(count(statement, """
                        select count(*) from center_member m join center c on c.id = m.center_id
                        where c.created_by = 'demo-seed'""")).isEqualTo(4 * seeded);
                assertThat(count(statement, "select count(*) from operating_point where district_code like '52%'"))
                        .isEqualTo(13);
                assertThat(count(statement, "select count(distinct quarter) from activity where created_by = 'demo-seed'"))
                        .isEqualTo(4);
                // some centers miss a quarter, and some missions are never held
                assertThat(count(statement, """
                        select count(*) from center c where c.created_by = 'demo-seed' and not exists
                        (select 1 from activity a where a.center_id = c.id and a.fiscal_year = 2568 and a.quarter = 2)"""))
                        .isBetween(3L, 40L);
                assertThat(count(statement, """
                        select count(*) from activity where created_by = 'demo-seed'
                        and activity_type in ('HERITAGE_MEMORY', 'ENERGY_SAVING', 'SUFFICIENCY_VILLAGE')""")).isZero();
                assertThat(count(statement, "select count(*) from office_contact where updated_by = 'demo-seed'"))
                        .isEqualTo(14);
                assertThat(count(statement, """
                        select count(distinct p.sector) from partner p join partner_link l on l.partner_id = p.id
                        where p.created_by = 'demo-seed'""")).isGreaterThanOrEqualTo(5);
                // no half-stripped key from SQL: the app derives each one from the name (PartnerNames.key)
                assertThat(count(statement, "select count(*) from partner where created_by = 'demo-seed' and name_key <> ''"))
                        .isZero();
                assertThat(count(statement, """
                        select count(distinct state) from district_report where created_by = 'demo-seed'"""))
                        .isEqualTo(4);
                // the province's meeting, 13 districts' and one center's per district, with done and open resolutions
                assertThat(count(statement, "select count(distinct level) from meeting where created_by = 'demo-seed'"))
                        .isEqualTo(3);
                assertThat(count(statement, "select count(*) from meeting where created_by = 'demo-seed'")).isEqualTo(27);
                assertThat(count(statement, "select count(*) from meeting_resolution r join meeting m on m.id = r.meeting_id"
                        + " where m.created_by = 'demo-seed' and r.done_on is null")).isGreaterThan(27);
                assertThat(count(statement, "select count(*) from meeting_resolution r join meeting m on m.id = r.meeting_id"
                        + " where m.created_by = 'demo-seed' and r.done_on is not null")).isGreaterThan(27);
                // three published lessons, each with a mission, found in the library by a word inside a sentence
                assertThat(count(statement, "select count(*) from lesson where created_by = 'demo-seed' and state = 'PUBLISHED'"))
                        .isEqualTo(3);
                assertThat(count(statement, "select count(distinct lesson_id) from lesson_topic t join lesson l on l.id = t.lesson_id"
                        + " where l.created_by = 'demo-seed'")).isEqualTo(3);
                assertThat(count(statement, "select count(*) from lesson where created_by = 'demo-seed'"
                        + " and words_match(search_vector, '" + ThaiWords.of("ปุ๋ยหมัก") + "')")).isEqualTo(1);
                // the words the demo states are the ones the app would compute from the same text
                try (ResultSet lessons = statement.executeQuery(
                        "select search_text, search_words from lesson where created_by = 'demo-seed'")) {
                    while (lessons.next()) {
                        assertThat(lessons.getString("search_words")).isEqualTo(ThaiWords.of(lessons.getString("search_text")));
                    }
                }
                // visits to about a third of the centers, each with a score per criterion of FY2568's rubric
                long visits = count(statement, "select count(*) from evaluation_visit where created_by = 'demo-seed'");
                assertThat(visits).isBetween(25L, 40L);
                assertThat(count(statement, "select count(*) from evaluation_score s join evaluation_visit v on v.id = s.visit_id"
                        + " where v.created_by = 'demo-seed'")).isEqualTo(4 * visits);
                assertThat(count(statement, "select count(distinct level_name) from evaluation_visit where created_by = 'demo-seed'"))
                        .isGreaterThanOrEqualTo(2);
                // plans for half the centers, most confirmed, four lines each
                long plans = count(statement, "select count(*) from driving_plan where created_by = 'demo-seed'");
                assertThat(plans).isBetween(40L, 55L);
                assertThat(count(statement, "select count(*) from driving_plan where created_by = 'demo-seed' and state = 'DRAFT'"))
                        .isPositive();
                assertThat(count(statement, "select count(*) from driving_plan_line l join driving_plan p on p.id = l.plan_id"
                        + " where p.created_by = 'demo-seed'")).isEqualTo(4 * plans);
            } finally {
                connection.rollback();
            }
        }
    }

    private static long count(Statement statement, String query) throws Exception {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
