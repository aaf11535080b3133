package th.go.cdd.cdvl.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What the browser app needs to know at start, configurable per deployment without a rebuild. */
@ConfigMapping(prefix = "cdvl.web")
public interface WebConfig {

    /** Keycloak base URL as the browser reaches it; defaults to the base of the OIDC server URL. */
    Optional<String> keycloakUrl();

    @WithDefault("cdvl-web")
    String clientId();

    /**
     * Origin of the map tile server the SPA was built for (its {@code VITE_MAP_TILE_URL}), which
     * the content security policy lets images come from; empty when maps show no tiles.
     */
    Optional<String> mapTileOrigin();

    /**
     * Strict-Transport-Security value sent on answers to requests that arrived over HTTPS (directly,
     * or through a trusted proxy's X-Forwarded-Proto); empty sends none. Never sent over plain http.
     */
    Optional<String> hsts();
}
