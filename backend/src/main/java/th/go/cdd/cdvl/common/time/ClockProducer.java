package th.go.cdd.cdvl.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, on Thai time; tests replace it to move through the year. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BANGKOK);
    }
}
