package th.go.cdd.cdvl.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import th.go.cdd.cdvl.common.time.ClockProducer;

/**
 * The application's clock in tests: real time unless a test sets an instant (and resets it after),
 * so deadlines and "late" can be tested at the boundary second.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(OffsetDateTime now) {
        fixed = now.toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ClockProducer.BANGKOK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
