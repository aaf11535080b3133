package th.go.cdd.cdvl.common.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "cdvl.storage")
public interface StorageConfig {

    /** Root folder of {@link FilesystemStorage}; relative paths start at the working directory. */
    @WithDefault(".data/files")
    String path();
}
