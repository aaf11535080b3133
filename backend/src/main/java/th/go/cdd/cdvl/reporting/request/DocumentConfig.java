package th.go.cdd.cdvl.reporting.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of document requests; the limits of each file are {@link th.go.cdd.cdvl.common.storage.FileConfig}'s. */
@ConfigMapping(prefix = "cdvl.documents")
public interface DocumentConfig {

    /** Files one office may attach to one answer. */
    @WithDefault("10")
    int maxFilesPerAnswer();
}
