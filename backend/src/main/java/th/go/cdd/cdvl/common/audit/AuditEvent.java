package th.go.cdd.cdvl.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private UUID id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "client_id")
    private String clientId;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "parent_id")
    private String parentId;

    @Column(name = "area_code")
    private String areaCode;

    private String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    private Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    private Map<String, Object> after;

    /** The snapshots' personal fields and their kinds ({@code PersonalData}), e.g. {@code {phone=contact}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> personal;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, String clientId, String entityType, String entityId,
            String parentId, String areaCode, String action, Map<String, Object> before, Map<String, Object> after,
            Map<String, String> personal) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.clientId = clientId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.parentId = parentId;
        this.areaCode = areaCode;
        this.action = action;
        this.before = before;
        this.after = after;
        this.personal = personal.isEmpty() ? null : personal;
    }

    public UUID getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientId() {
        return clientId;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getParentId() {
        return parentId;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getAction() {
        return action;
    }

    public Map<String, Object> getBefore() {
        return before;
    }

    public Map<String, Object> getAfter() {
        return after;
    }

    public Map<String, String> getPersonal() {
        return personal == null ? Map.of() : personal;
    }
}
