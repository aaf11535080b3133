package th.go.cdd.cdvl.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for the API: a page from one of the configured origins may call it, and gets its own origin
 * back in {@code Access-Control-Allow-Origin}; any other origin gets no CORS headers, so its browser
 * keeps the answer from it. Never a wildcard, never credentials (callers send bearer tokens).
 *
 * <p>Quarkus's own CORS filter is not used: it refuses (403) every request whose Origin it cannot
 * match to the request's own scheme and host, and behind an ingress that ends TLS the app sees
 * {@code http} while the SPA's browser sends {@code Origin: https://...}, so every write of the
 * same-origin SPA would be refused.
 */
@ApplicationScoped
public class CrossOriginRequests {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, Idempotency-Key";
    static final String EXPOSED_HEADERS = "ETag, Location";
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    private final Set<String> origins;

    public CrossOriginRequests(CorsConfig config) {
        this.origins = config.origins().orElse(Set.of());
        origins.stream().filter(origin -> !ORIGIN.matcher(origin).matches()).findFirst().ifPresent(origin -> {
            throw new IllegalStateException("cdvl.cors.origins (CDVL_CORS_ORIGINS): \"" + origin
                    + "\" is not an origin; list exact origins such as https://other-app.example.go.th, in lower case, "
                    + "without path, wildcard or pattern");
        });
    }

    void register(@Observes Filters filters) {
        if (!origins.isEmpty()) {
            // after SecurityHeaders (200), so an answered preflight carries them too
            filters.register(this::handle, 150);
        }
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !origins.contains(origin)) {
            context.next();
            return;
        }
        response.headers().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        if (HttpMethod.OPTIONS.equals(context.request().method())
                && context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.headers().set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            response.setStatusCode(204).end();
            return;
        }
        response.headers().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        context.next();
    }
}
