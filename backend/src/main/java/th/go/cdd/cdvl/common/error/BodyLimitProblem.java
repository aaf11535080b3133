package th.go.cdd.cdvl.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body whose Content-Length exceeds {@code quarkus.http.limits.max-body-size} is refused by
 * Quarkus before any resource or exception mapper runs, as a bare 413. This route runs just
 * before that check and gives the same refusal as a problem ({@code request.too-large}), like
 * every other error. The connection is then closed, as Quarkus does, since the unread body follows.
 */
@ApplicationScoped
public class BodyLimitProblem {

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    public BodyLimitProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, max.asLongValue())));
    }

    private void check(RoutingContext context, long max) {
        if (contentLength(context) <= max) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "request.too-large", "Content too large", 413,
                "The request body is larger than " + max + " bytes.", context.request().path(), "request.too-large",
                null, null);
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close())
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static long contentLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
