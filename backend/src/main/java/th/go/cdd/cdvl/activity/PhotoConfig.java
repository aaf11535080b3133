package th.go.cdd.cdvl.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of activity photos. {@code quarkus.http.limits.max-body-size} must stay above
 * {@link #maxBytes()}, so the service, not the HTTP layer, is the one that turns a photo away.
 */
@ConfigMapping(prefix = "cdvl.photos")
public interface PhotoConfig {

    /** Largest upload in bytes (env CDVL_PHOTO_MAX_BYTES). */
    @WithDefault("8388608")
    long maxBytes();

    @WithDefault("10")
    int maxPerActivity();
}
