package th.go.cdd.cdvl.common.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.PersonalData;

/**
 * The audit trail. {@link #record} joins the caller's transaction (mandatory), so a rolled-back
 * write leaves no audit row and a committed write always has one.
 */
@ApplicationScoped
public class AuditService {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AuditRepository audits;
    private final CurrentUser user;
    private final PersonalData personal;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditService(AuditRepository audits, CurrentUser user, PersonalData personal, ObjectMapper json, Clock clock) {
        this.audits = audits;
        this.user = user;
        this.personal = personal;
        this.json = json;
        this.clock = clock;
    }

    /** Snapshots are the API views of the record, so the trail reads like the API. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String areaCode, String action, Object before, Object after) {
        record(entityType, entityId, null, areaCode, action, before, after);
    }

    /** A change to a part of another record (a center's member): it shows in the owner's history too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, Object parentId, String areaCode, String action,
            Object before, Object after) {
        Object state = after != null ? after : before;
        audits.persist(new AuditEvent(OffsetDateTime.now(clock), user.username(), user.claim("azp").orElse(null),
                entityType, entityId.toString(), parentId == null ? null : parentId.toString(), areaCode, action,
                snapshot(before), snapshot(after), state == null ? Map.of() : PersonalData.fieldsOf(state.getClass())));
    }

    /**
     * An erasure of a record's personal data on request (PDPA): its earlier snapshots lose the
     * fields, and the erasure itself is recorded without the erased values.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordErasure(String entityType, Object entityId, Object parentId, String areaCode, Object after) {
        Map<String, String> fields = PersonalData.fieldsOf(after.getClass());
        audits.stripFields(entityType, entityId.toString(), fields.keySet());
        Map<String, Object> kept = new LinkedHashMap<>(snapshot(after));
        kept.keySet().removeAll(fields.keySet());
        audits.persist(new AuditEvent(OffsetDateTime.now(clock), user.username(), user.claim("azp").orElse(null),
                entityType, entityId.toString(), parentId == null ? null : parentId.toString(), areaCode, "ERASE",
                null, kept, fields));
    }

    /** The record's own changes and those of its parts, oldest first. */
    public List<AuditView> history(String entityType, Object entityId) {
        return audits.ofEntity(user.scope(), entityType, entityId.toString()).list().stream()
                .map(this::view).toList();
    }

    public PageView<AuditView> search(String areaPrefix, String entityType, String from, String to, PageParams paging) {
        var query = audits.inArea(user.scope(), areaPrefix == null ? "" : areaPrefix, entityType,
                        instant("from", from), instant("to", to))
                .page(paging.panachePage());
        return paging.view(query.list().stream().map(this::view).toList(), query.count());
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("request.filter.invalid", field + " must be an ISO 8601 date-time with offset.",
                    new Problem.FieldError(field, "request.filter.invalid", "not an ISO 8601 date-time"));
        }
    }

    private Map<String, Object> snapshot(Object state) {
        return state == null ? null : json.convertValue(state, MAP);
    }

    /** The event as the caller may read it: personal fields only of the kinds {@link PersonalData} allows them. */
    private AuditView view(AuditEvent e) {
        Map<String, Object> before = personal.shown(e.getBefore(), e.getPersonal(), e.getAreaCode());
        Map<String, Object> after = personal.shown(e.getAfter(), e.getPersonal(), e.getAreaCode());
        return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getClientId(), e.getEntityType(),
                e.getEntityId(), e.getAreaCode(), e.getAction(), changes(before, after), before, after);
    }

    static List<AuditView.Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = before == null ? Map.of() : before;
        Map<String, Object> is = after == null ? Map.of() : after;
        TreeSet<String> fields = new TreeSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<AuditView.Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!"version".equals(field) && !"updatedAt".equals(field) && !Objects.equals(was.get(field), is.get(field))) {
                changes.add(new AuditView.Change(field, was.get(field), is.get(field)));
            }
        }
        return changes;
    }
}
