package th.go.cdd.cdvl.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits of activity photos. {@code quarkus.http.limits.max-body-size} must stay above
 * {@link #maxBytes()}, so the service, not the HTTP layer, is the one that turns a photo away.
 * The rest bound what uploads may cost the server ({@link PhotoUploadGate}).
 */
@ConfigMapping(prefix = "cdvl.photos")
public interface PhotoConfig {

    /** Largest upload in bytes (env CDVL_PHOTO_MAX_BYTES). */
    @WithDefault("8388608")
    long maxBytes();

    @WithDefault("10")
    int maxPerActivity();

    /** Folder of bodies being received (env CDVL_PHOTO_UPLOAD_FOLDER); each file lives only for its request. */
    String uploadFolder();

    /** A body still arriving after this long is refused with 408 (env CDVL_PHOTO_BODY_TIMEOUT). */
    @WithDefault("120S")
    Duration bodyTimeout();

    /** Uploads one user may have in flight at once; more answer 429 (env CDVL_PHOTO_UPLOADS_PER_USER). */
    @WithDefault("3")
    int uploadsPerUser();

    /**
     * Uploads the instance receives at once, whoever sends them; more answer 503 {@code service.busy}
     * before their body is read (env CDVL_PHOTO_UPLOADS_IN_FLIGHT). Kept well under
     * {@code quarkus.thread-pool.max-threads} (32), so slow uploads never take every worker thread.
     */
    @WithDefault("12")
    int uploadsInFlight();

    /** Photos decoded at once per instance (env CDVL_PHOTO_DECODE_PERMITS); see {@link PhotoUploadGate}. */
    @WithDefault("1")
    int decodePermits();

    /** How long an upload waits for a decoder before it is answered 503 {@code service.busy}. */
    @WithDefault("5S")
    Duration decodeWait();
}
