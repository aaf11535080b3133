package th.go.cdd.cdvl.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Deep links into the browser app ({@code /geo/52}) are served its {@code index.html}; the API,
 * the management endpoints and files with an extension keep their own answers, so an unknown
 * {@code /api/...} path is still a 404 problem.
 */
@ApplicationScoped
public class SpaRouting {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (context.request().method() == HttpMethod.GET && isAppRoute(path)) {
                context.reroute("/");
            } else {
                context.next();
            }
        }, 100);
    }

    static boolean isAppRoute(String path) {
        if (path.equals("/") || path.equals("/api") || path.startsWith("/api/") || path.equals("/q") || path.startsWith("/q/")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
