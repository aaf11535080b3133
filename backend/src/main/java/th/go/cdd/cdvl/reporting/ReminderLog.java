package th.go.cdd.cdvl.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.security.CurrentUser;

/** What reminders went out, within the caller's area (the mock mailer's record, locally). */
@ApplicationScoped
public class ReminderLog {

    @Schema(name = "ReminderSentView", requiredProperties = {"deadlineId", "areaCode", "kind", "sentAt"})
    public record ReminderSentView(UUID deadlineId, @Schema(examples = "5201") String areaCode,
            @Schema(examples = "BEFORE_7") String kind, OffsetDateTime sentAt) {
    }

    private final EntityManager em;
    private final CurrentUser user;

    public ReminderLog(EntityManager em, CurrentUser user) {
        this.em = em;
        this.user = user;
    }

    @SuppressWarnings("unchecked")
    public List<ReminderSentView> sent(UUID deadlineId) {
        List<Object[]> rows = em.createNativeQuery("""
                select deadline_id, area_code, kind, sent_at from reminder_sent
                where area_code like :scope and (cast(:deadline as uuid) is null or deadline_id = cast(:deadline as uuid))
                order by sent_at desc, area_code limit 1000""")
                .setParameter("scope", user.scope().prefix() + "%")
                .setParameter("deadline", deadlineId == null ? null : deadlineId.toString())
                .getResultList();
        return rows.stream().map(r -> new ReminderSentView((UUID) r[0], (String) r[1], (String) r[2],
                ((java.time.Instant) r[3]).atOffset(java.time.ZoneOffset.ofHours(7)))).toList();
    }
}
