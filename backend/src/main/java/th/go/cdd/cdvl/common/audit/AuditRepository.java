package th.go.cdd.cdvl.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Audit reads, always bounded by the caller's area. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    public PanacheQuery<AuditEvent> ofEntity(AreaScope scope, String entityType, String entityId) {
        AreaScope.Like inScope = scope.like("areaCode");
        return find("((entityType = :type and entityId = :id) or parentId = :id) and " + inScope,
                Sort.by("occurredAt").and("id"), inScope.parameters().and("type", entityType).and("id", entityId));
    }

    /**
     * Strips {@code fields} from every snapshot of a record, for an erasure of personal data: the
     * events stay (who changed what, when), the erased values leave the history too.
     */
    public void stripFields(String entityType, String entityId, java.util.Collection<String> fields) {
        getEntityManager().createNativeQuery("""
                update audit_event
                set before_state = before_state - cast(:fields as text[]), after_state = after_state - cast(:fields as text[])
                where entity_type = :type and entity_id = :id""")
                .setParameter("fields", fields.toArray(String[]::new))
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .executeUpdate();
    }

    public PanacheQuery<AuditEvent> inArea(AreaScope scope, String areaPrefix, String entityType,
            OffsetDateTime from, OffsetDateTime to) {
        AreaScope.Like inArea = scope.like("areaCode", areaPrefix);
        StringBuilder query = new StringBuilder(inArea.sql());
        Parameters params = inArea.parameters();
        if (entityType != null) {
            query.append(" and entityType = :type");
            params.and("type", entityType);
        }
        if (from != null) {
            query.append(" and occurredAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and occurredAt < :to");
            params.and("to", to);
        }
        return find(query.toString(), Sort.descending("occurredAt").and("id"), params);
    }
}
