package th.go.cdd.cdvl.common.storage;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * The places uploads of one kind may hold on an instance, taken before their body is read, so
 * slow uploads never take every worker thread:
 * <ul>
 * <li><b>per user</b> at most {@code perUser} in flight; one more is answered 429
 * {@code tooManyCode} at once;</li>
 * <li><b>per instance</b> at most {@code perInstance} received at once, whoever sends them; one more
 * is answered 503 {@code service.busy} at once.</li>
 * </ul>
 * Both answers carry Retry-After. Example: with {@code new UploadPlaces(3, 12, "photo.uploads-in-flight", "photos")},
 * a user's fourth photo at once is a 429, and the instance's thirteenth from anyone a 503.
 */
public final class UploadPlaces {

    /** Held while one upload is in flight; closing it frees the user's place and the instance's. */
    public interface Place extends AutoCloseable {
        @Override
        void close();
    }

    public static final int RETRY_AFTER_SECONDS = 5;

    private final int perUser;
    private final Semaphore receiving;
    private final String tooManyCode;
    private final String what;
    private final ConcurrentHashMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** @param what the plural the problems name ("photos", "files") */
    public UploadPlaces(int perUser, int perInstance, String tooManyCode, String what) {
        this.perUser = perUser;
        this.receiving = new Semaphore(perInstance);
        this.tooManyCode = tooManyCode;
        this.what = what;
    }

    public Place enter(String user) {
        boolean[] admitted = {false};
        inFlight.compute(user, (who, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perUser) {
                return count;
            }
            admitted[0] = true;
            return now + 1;
        });
        if (!admitted[0]) {
            throw ProblemException.tooManyAtOnce(tooManyCode, "You are already sending " + perUser + " " + what
                    + "; send the next one when one of them is done.", RETRY_AFTER_SECONDS);
        }
        Runnable leave = () -> inFlight.computeIfPresent(user, (who, count) -> count <= 1 ? null : count - 1);
        if (!receiving.tryAcquire()) {
            leave.run();
            throw ProblemException.busy("The server is receiving as many " + what + " as it can. Send it again in a few seconds.",
                    RETRY_AFTER_SECONDS);
        }
        return () -> {
            receiving.release();
            leave.run();
        };
    }
}
