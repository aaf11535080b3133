package th.go.cdd.cdvl.contract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Row count and sum of versions of every application table, in one query: a changed count means a
 * row was added or removed, a changed sum that a versioned row was updated.
 */
final class DataFingerprint implements AutoCloseable {

    static final List<String> TABLES = List.of("center", "center_member", "operating_point", "activity",
            "activity_photo", "partner", "partner_link", "activity_partner", "fiscal_year", "holiday", "deadline",
            "province_deadline", "district_report", "office_contact", "audit_event", "reminder_sent");

    private final Connection connection;
    private final PreparedStatement query;

    DataFingerprint(DataSource dataSource) {
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            Set<String> versioned = new TreeSet<>();
            try (PreparedStatement columns = connection.prepareStatement(
                    "select table_name from information_schema.columns where column_name = 'version' and table_schema = current_schema()");
                    ResultSet rows = columns.executeQuery()) {
                while (rows.next()) {
                    versioned.add(rows.getString(1));
                }
            }
            List<String> parts = new ArrayList<>();
            for (String table : TABLES) {
                parts.add("select '" + table + "', count(*), " + (versioned.contains(table) ? "coalesce(sum(version), 0)" : "0")
                        + " from " + table);
            }
            query = connection.prepareStatement(String.join(" union all ", parts));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Table → "rows/versions". */
    Map<String, String> take() {
        Map<String, String> result = new LinkedHashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** The tables whose fingerprint differs, as "table rows/versions→rows/versions". */
    static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        before.forEach((table, value) -> {
            if (!value.equals(after.get(table))) {
                changes.add(table + " " + value + "→" + after.get(table));
            }
        });
        return changes;
    }

    @Override
    public void close() {
        try {
            query.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
