package th.go.cdd.cdvl.activity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.storage.UploadPlaces;

/**
 * What photo uploads may cost one instance, so that forty phones uploading at once on deadline day
 * cannot stop it.
 *
 * <ul>
 * <li><b>Per user and per instance</b> ({@link UploadPlaces}): at most {@link PhotoConfig#uploadsPerUser()}
 * uploads of a user in flight (one more is 429 before its body is read: a user's slow connections
 * hold that many worker threads, no more), and at most {@link PhotoConfig#uploadsInFlight()} on
 * the instance (one more is 503 {@code service.busy}, so someone browsing meanwhile is still served).</li>
 * <li><b>Decoding:</b> at most {@link PhotoConfig#decodePermits()} photos decoded and re-encoded at
 * once. An upload waits {@link PhotoConfig#decodeWait()} for a permit, then is answered 503
 * {@code service.busy} with Retry-After: a short queue, never an unbounded one.</li>
 * </ul>
 *
 * <p>Why 1 permit by default: the costliest photo we decode whole is 4096 x 4096 px (anything
 * larger is decoded subsampled to at most 4096 px a side). Decoding, re-encoding and thumbnailing
 * one such JPEG alone succeeds at -Xmx120m and fails at -Xmx100m; a 50-megapixel one (8660 x 5773,
 * decoded at 2887 x 1925) succeeds at -Xmx40m. With the production heap of 224 MB, of which the
 * rest of the app needs its share under load, two of the first kind at once could stop the
 * process. One decode takes about 0.9 s on one core, so an instance stores about one large photo
 * a second; more instances, or a larger heap with more permits, store more.
 */
@ApplicationScoped
public class PhotoUploadGate {

    private static final Logger LOG = Logger.getLogger(PhotoUploadGate.class);
    static final int RETRY_AFTER_SECONDS = UploadPlaces.RETRY_AFTER_SECONDS;

    private final PhotoConfig config;
    private final Semaphore decoders;
    private final UploadPlaces places;

    public PhotoUploadGate(PhotoConfig config) {
        this.config = config;
        this.decoders = new Semaphore(config.decodePermits(), true);
        this.places = new UploadPlaces(config.uploadsPerUser(), config.uploadsInFlight(), "photo.uploads-in-flight", "photos");
    }

    /** Held while one upload of {@code user} is in flight; closing it frees the place (and the instance's). */
    public UploadPlaces.Place enter(String user) {
        return places.enter(user);
    }

    /** Runs {@code work} under a decoding permit, or answers 503 {@code service.busy}. */
    public <T> T decoding(Supplier<T> work) {
        boolean permitted;
        try {
            permitted = decoders.tryAcquire(config.decodeWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            throw ProblemException.busy("Every photo decoder is busy. Send the photo again in a few seconds.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            decoders.release();
        }
    }

    /**
     * Bodies left behind by a process that was killed mid-upload are deleted at start. Only files
     * older than two body timeouts go, so another instance sharing the folder keeps its live ones.
     */
    void sweep(@Observes StartupEvent start) {
        Path folder = Path.of(config.uploadFolder());
        if (!Files.isDirectory(folder)) {
            return;
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(config.bodyTimeout().multipliedBy(2)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "incoming-*.part")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not sweep the upload folder %s: %s", folder, e.getMessage());
        }
    }
}
