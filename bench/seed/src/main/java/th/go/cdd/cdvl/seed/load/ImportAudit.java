package th.go.cdd.cdvl.seed.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one audit row of the import: the app's trail then shows when the national data set arrived,
 * from which seed, and what it holds, instead of hundreds of thousands of per-record entries.
 */
public final class ImportAudit {

    public static final String ENTITY_TYPE = "SEED_IMPORT";

    private ImportAudit() {
    }

    public static void write(Connection db, String actor, long seed, String asOf, LoadReport report, double seconds)
            throws SQLException {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("seed", seed);
        after.put("asOf", asOf);
        after.put("rows", report.counts());
        after.put("seconds", Math.round(seconds * 10) / 10.0);
        try (PreparedStatement st = db.prepareStatement("""
                insert into audit_event (id, occurred_at, actor, client_id, entity_type, entity_id, parent_id, area_code,
                                         action, before_state, after_state)
                values (?, ?, ?, 'cdvl-seed', ?, ?, null, '', 'IMPORT', null, ?::jsonb)""")) {
            st.setObject(1, UUID.randomUUID());
            st.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            st.setString(3, actor);
            st.setString(4, ENTITY_TYPE);
            st.setString(5, "seed-" + seed);
            st.setString(6, new ObjectMapper().writeValueAsString(after));
            st.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        report.table("audit_event", 1, 0);
    }
}
