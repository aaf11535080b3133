package th.go.cdd.cdvl.reporting.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.reporting.reminder.ReminderLog.ReminderSentView;
import th.go.cdd.cdvl.security.AreaScope;

/** The once-only keys of the reminders sent (table reminder_sent: deadline × office × kind). */
@ApplicationScoped
public class ReminderSentRepository {

    private final EntityManager em;

    public ReminderSentRepository(EntityManager em) {
        this.em = em;
    }

    /** Claims the key; true for the one caller that inserted it. */
    public boolean claim(UUID deadlineId, String areaCode, String kind, OffsetDateTime now) {
        return em.createNativeQuery("""
                insert into reminder_sent (deadline_id, area_code, kind, sent_at, recipients)
                values (:deadline, :area, :kind, :now, 1) on conflict do nothing""")
                .setParameter("deadline", deadlineId).setParameter("area", areaCode).setParameter("kind", kind)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** The latest 1,000 reminders sent to offices in the scope, of one deadline or (null) all. */
    @SuppressWarnings("unchecked")
    public List<ReminderSentView> sent(AreaScope scope, UUID deadlineId) {
        AreaScope.Like inScope = scope.like("area_code");
        List<Object[]> rows = inScope.bind(em.createNativeQuery("""
                select deadline_id, area_code, kind, sent_at from reminder_sent
                where %s and (cast(:deadline as uuid) is null or deadline_id = cast(:deadline as uuid))
                order by sent_at desc, area_code limit 1000""".formatted(inScope)))
                .setParameter("deadline", deadlineId == null ? null : deadlineId.toString())
                .getResultList();
        return rows.stream().map(r -> new ReminderSentView((UUID) r[0], (String) r[1], (String) r[2],
                ((Instant) r[3]).atOffset(ZoneOffset.ofHours(7)))).toList();
    }
}
