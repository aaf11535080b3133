package th.go.cdd.cdvl.common.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits of uploaded files (document requests, meetings' minutes and photos, visits' photos; the
 * activities' photos have their own, {@code cdvl.photos}). {@code quarkus.http.limits.max-body-size}
 * (10 MiB by default) must stay above {@link #maxBytes()}, so the service, not the HTTP layer, turns
 * a file away with its own problem.
 */
@ConfigMapping(prefix = "cdvl.files")
public interface FileConfig {

    /** Largest file in bytes (env CDVL_FILE_MAX_BYTES); 10 MB holds a scanned 20-page PDF. */
    @WithDefault("10000000")
    long maxBytes();

    /** Folder of bodies being received; each file lives only for its request. */
    String uploadFolder();

    /** Files one user may be sending at once; more answer 429 before their body is read. */
    @WithDefault("3")
    int uploadsPerUser();

    /**
     * Files the instance receives at once, whoever sends them and wherever to; more answer 503
     * {@code service.busy}. With the photos' 12, 18 of the 32 worker threads at most are held by uploads.
     */
    @WithDefault("6")
    int uploadsInFlight();

    /** A body still arriving after this long is refused with 408. */
    @WithDefault("120S")
    Duration bodyTimeout();
}
