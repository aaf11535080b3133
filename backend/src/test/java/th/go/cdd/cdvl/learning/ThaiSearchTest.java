package th.go.cdd.cdvl.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.text.ThaiWords;

/**
 * Why the library breaks Thai into words before PostgreSQL's full-text search (see
 * {@link LessonRepository} and {@link ThaiWords}): to_tsvector('simple') keeps an unspaced Thai
 * sentence as one token, so it cannot find a word inside it; broken into words first, the sentence
 * is found by a word, by a compound as a phrase, and through the GIN index.
 */
@QuarkusTest
class ThaiSearchTest {

    static final String SENTENCE = "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้";

    @Inject
    DataSource dataSource;

    @Test
    void postgresAloneCannotFindAThaiWordInsideAnUnspacedSentence() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThat(one(sql, "select (to_tsvector('simple', '" + SENTENCE + "') @@ plainto_tsquery('simple', 'ปุ๋ยหมัก'))::text"))
                    .isEqualTo("false");
        }
    }

    @Test
    void theSentenceBrokenIntoWordsIsFoundByAWordAndByACompoundAsAPhrase() throws SQLException {
        assertThat(ThaiWords.of(SENTENCE)).contains("ปุ๋ย หมัก").startsWith("ชุมชน ");
        assertThat(matches(SENTENCE, "ปุ๋ยหมัก")).isTrue();
        assertThat(matches(SENTENCE, "ปุ๋ย")).isTrue();
        assertThat(matches(SENTENCE, "เศษใบไม้")).isTrue();
        assertThat(matches(SENTENCE, "หมักปุ๋ย")).as("the words, but not in that order").isFalse();
        assertThat(matches(SENTENCE, "ผ้าทอ")).isFalse();
        assertThat(matches("กลุ่มทอผ้า OTOP บ้านแม่ทะ", "otop")).as("Latin words ignore case").isTrue();
        assertThat(matches("สมาชิกขายผ่านช่องทางออนไลน์และเพจ", "ออนไลน์")).as("a loanword is one word").isTrue();
        assertThat(matches("เปิดกลุ่มไลน์และเพจของศูนย์ฯ", "ไลน์")).isTrue();
        assertThat(matches("เปิดกลุ่มไลน์และเพจของศูนย์ฯ", "ศูนย์")).as("ฯ is not part of the word").isTrue();
    }

    @Test
    void theLibrarysMatchIsServedByTheIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("set local enable_seqscan = off");
            String plan = all(sql, "explain select id from lesson where words_match(search_vector, 'ปุ๋ย หมัก')");
            connection.rollback();
            assertThat(plan).as("words_match is inlined into an index condition").contains("lesson_search_idx");
        }
    }

    private boolean matches(String text, String term) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sql = connection.prepareStatement("select words_match(to_tsvector('simple', ?), ?)")) {
            sql.setString(1, ThaiWords.of(text));
            sql.setString(2, ThaiWords.of(term));
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String all(Statement sql, String query) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                lines.append(rows.getString(1)).append('\n');
            }
        }
        return lines.toString();
    }
}
