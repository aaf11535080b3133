package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import th.go.cdd.cdvl.common.text.ThaiWords;

/**
 * Fills the words of the lessons written before V202612041300 from their search text, with the same
 * word break the app applies on every write ({@link ThaiWords}). Java, because PostgreSQL has no Thai
 * word break of its own.
 */
public class V202612041301__lesson_search_words_filled extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select id, search_text from lesson where search_words is null");
                PreparedStatement update = context.getConnection().prepareStatement("update lesson set search_words = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, ThaiWords.of(rows.getString(2)));
                update.setObject(2, rows.getObject(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
