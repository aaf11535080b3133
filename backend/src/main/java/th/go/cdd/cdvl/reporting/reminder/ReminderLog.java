package th.go.cdd.cdvl.reporting.reminder;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final ReminderSentRepository sent;
    private final CurrentUser user;

    public ReminderLog(ReminderSentRepository sent, CurrentUser user) {
        this.sent = sent;
        this.user = user;
    }

    public List<ReminderSentView> sent(UUID deadlineId) {
        return sent.sent(user.scope(), deadlineId);
    }
}
