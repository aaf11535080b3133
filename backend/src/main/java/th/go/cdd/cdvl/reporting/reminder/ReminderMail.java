package th.go.cdd.cdvl.reporting.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Sends one reminder e-mail from {@link ReminderConfig#from()}. A failed send is logged and counted
 * as not sent, never retried: its once-only key is already claimed, so a retry could only repeat
 * a message that did in fact leave. Sends go one at a time within an instance: the deadlines' and
 * the document requests' passes run at the same hour, and the mock mailer (the default until SMTP
 * is configured) does not survive concurrent sends.
 */
@ApplicationScoped
public class ReminderMail {

    private static final Logger LOG = Logger.getLogger(ReminderMail.class);

    private final Mailer mailer;
    private final ReminderConfig config;

    public ReminderMail(Mailer mailer, ReminderConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** 1 when the message went out, 0 when it could not be sent. */
    public synchronized int send(String to, String subject, String body) {
        try {
            mailer.send(Mail.withText(to, subject, body).setFrom(config.from()));
            LOG.infof("Reminder sent to %s: %s", to, subject);
            return 1;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reminder to %s could not be sent: %s", to, subject);
            return 0;
        }
    }
}
