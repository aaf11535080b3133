package th.go.cdd.cdvl.reliability.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling with a deadline: the suite waits for real processes, never for a fixed guess. */
public final class Waits {

    private Waits() {
    }

    /** Polls until the condition holds; returns how long it took, or fails with {@code what}. */
    public static Duration until(String what, Duration timeout, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
