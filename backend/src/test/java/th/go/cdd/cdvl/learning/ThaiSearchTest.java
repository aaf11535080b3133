package th.go.cdd.cdvl.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Why the library searches with ILIKE (see {@link LessonRepository}): to_tsvector('simple') keeps an
 * unspaced Thai sentence as one token, so it cannot find a word inside it; pg_trgm extracts Thai
 * trigrams only where the database's ctype knows Thai letters (this embedded one is C.UTF-8 and
 * does), none at all under ctype C (the shared local server's: show_trgm('ปุ๋ยหมัก') is {}). ILIKE
 * finds the word inside the sentence in either.
 */
@QuarkusTest
class ThaiSearchTest {

    static final String SENTENCE = "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้";

    @Inject
    DataSource dataSource;

    @Test
    void onlyIlikeFindsAThaiWordInsideAnUnspacedSentence() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            String ctype = one(sql, "select datctype from pg_database where datname = current_database()");
            sql.execute("create extension if not exists pg_trgm");
            if (ctype.equals("C")) {
                assertThat(one(sql, "select array_length(show_trgm('" + SENTENCE + "'), 1)::text")).isNull();
            }
            System.out.printf("[thai-search] ctype %s: show_trgm %s, word %s, similarity %s%n", ctype,
                    one(sql, "select show_trgm('" + SENTENCE + "')::text"), one(sql, "select show_trgm('ปุ๋ยหมัก')::text"),
                    one(sql, "select word_similarity('ปุ๋ยหมัก', '" + SENTENCE + "')::text"));
            assertThat(one(sql, "select (to_tsvector('simple', '" + SENTENCE + "') @@ plainto_tsquery('simple', 'ปุ๋ยหมัก'))::text"))
                    .isEqualTo("false");
            assertThat(one(sql, "select ('" + SENTENCE + "' ilike '%ปุ๋ยหมัก%')::text")).isEqualTo("true");
            sql.execute("drop extension pg_trgm");
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
