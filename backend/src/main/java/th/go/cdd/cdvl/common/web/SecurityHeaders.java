package th.go.cdd.cdvl.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Security headers on every answer, by what is answered: the browser app gets a strict content
 * security policy; the API (JSON and files) one that lets nothing run should a browser ever render
 * it; the management pages under {@code /q} only refuse framing, because Swagger UI runs inline
 * scripts. All of them refuse framing, MIME sniffing and full referrers. Every API answer is also
 * {@code Cache-Control: no-store}: answers depend on the caller's area, and many carry personal data
 * (PDPA), so neither a shared cache nor the browser's disk may keep them; an operation that wants
 * caching sets its own header, which replaces this one.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String MANAGEMENT_POLICY = "frame-ancestors 'none'";
    /** Quick capture takes photos and may record where; nothing else the app does needs a device. */
    static final String PERMISSIONS_POLICY = "camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), "
            + "serial=(), hid=(), midi=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()";

    private final Map<String, String> app;
    private final Map<String, String> api;
    private final Map<String, String> management;
    private final Optional<String> hsts;

    public SecurityHeaders(SignInLocation signIn, WebConfig web) {
        this.app = headers(appPolicy(signIn.keycloakOrigin(), web.mapTileOrigin().flatMap(SignInLocation::originOf)));
        this.api = with(headers(API_POLICY), "Cache-Control", "no-store");
        this.management = headers(MANAGEMENT_POLICY);
        this.hsts = web.hsts().filter(value -> !value.isBlank());
    }

    void register(@Observes Filters filters) {
        // before SpaRouting (100): a rerouted deep link passes here again and gets the same headers
        filters.register(context -> {
            headersFor(context.normalizedPath()).forEach(context.response().headers()::set);
            // the scheme is https for TLS here, or behind a proxy trusted with CDVL_BEHIND_PROXY that said so
            hsts(hsts, context.request().scheme())
                    .ifPresent(value -> context.response().headers().set("Strict-Transport-Security", value));
            context.next();
        }, 200);
    }

    Map<String, String> headersFor(String path) {
        if (isUnder(path, "/api")) {
            return api;
        }
        return isUnder(path, "/q") ? management : app;
    }

    /** HSTS only over HTTPS: browsers ignore it over http, and there it would only mislead. */
    static Optional<String> hsts(Optional<String> configured, String scheme) {
        return "https".equalsIgnoreCase(scheme) ? configured.filter(value -> !value.isBlank()) : Optional.empty();
    }

    /**
     * The SPA's policy. Scripts only from this origin (Vite emits no inline script). Styles also
     * inline: Mantine writes its CSS variables and responsive style props into style elements, and
     * ECharts tooltips carry style attributes. Keycloak is reached by keycloak-js (token calls, and
     * its iframes when enabled); images come from here, data: (Leaflet's icons), blob: (photo
     * previews) and the map tile server.
     */
    static String appPolicy(Optional<String> keycloakOrigin, Optional<String> tileOrigin) {
        String keycloak = keycloakOrigin.map(origin -> " " + origin).orElse("");
        String tiles = tileOrigin.map(origin -> " " + origin).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tiles
                + "; connect-src 'self'" + keycloak + "; frame-src 'self'" + keycloak + "; form-action 'self'" + keycloak
                + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return Map.copyOf(all);
    }

    private static Map<String, String> headers(String contentSecurityPolicy) {
        return Map.of(
                "Content-Security-Policy", contentSecurityPolicy,
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                // other sites get the origin, not the path (paths name records); OpenStreetMap's tile
                // policy asks for a referrer, so none at all would cost the map its tiles
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", PERMISSIONS_POLICY);
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
