package th.go.cdd.cdvl.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEventView", requiredProperties = {"id", "occurredAt", "actor", "entityType", "entityId", "areaCode", "action", "changes"}, description = "One recorded change: who, when, from which client, and what changed.")
public record AuditView(
        UUID id,
        @Schema(examples = "2024-12-13T16:30:00+07:00") OffsetDateTime occurredAt,
        @Schema(examples = "demo.district5201") String actor,
        @Schema(description = "OAuth client the change came through", examples = "cdvl-web") String clientId,
        @Schema(examples = "CENTER") String entityType,
        String entityId,
        @Schema(description = "Geocode of the record's place", examples = "520101") String areaCode,
        @Schema(examples = "UPDATE") String action,
        @Schema(description = "The fields whose values differ between before and after") List<Change> changes,
        Map<String, Object> before,
        Map<String, Object> after) {

    @Schema(name = "AuditChange", requiredProperties = {"field"})
    public record Change(@Schema(examples = "name") String field, Object before, Object after) {
    }
}
