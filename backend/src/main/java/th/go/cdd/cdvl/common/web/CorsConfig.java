package th.go.cdd.cdvl.common.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

/** Which other web apps' pages may call the API from the browser. The SPA is same-origin and needs none. */
@ConfigMapping(prefix = "cdvl.cors")
public interface CorsConfig {

    /** Exact origins, {@code https://host[:port]}; no wildcards or patterns. */
    Optional<Set<String>> origins();
}
