package th.go.cdd.cdvl.reporting.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "cdvl.reminders")
public interface ReminderConfig {

    /** Days before a district's due day on which it is reminded, while it has not submitted. */
    @WithDefault("7,2")
    List<Integer> daysBefore();

    /** When the daily pass runs (Quarkus cron, Asia/Bangkok); "off" disables it. */
    @WithDefault("0 0 8 * * ?")
    String cron();

    /** Address the reminders are sent from. */
    @WithDefault("cdvl-noreply@cdd.go.th")
    String from();

    /** Link to the app put in the messages. */
    @WithDefault("http://localhost:8080")
    String appUrl();
}
