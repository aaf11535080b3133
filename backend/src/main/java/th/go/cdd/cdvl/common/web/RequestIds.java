package th.go.cdd.cdvl.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every answer carries a request id in {@code X-Request-Id}, and every log line written while the
 * request is served carries it too (the log format's {@code %X{requestId}}), so that a caller who
 * quotes the id from a failed call leads the on-call engineer to that call's log lines. A caller's
 * own id is kept when it is a plain token of at most 64 letters, digits and {@code . _ : -} (a
 * gateway's or an integrating system's trace id); anything else is replaced by a random UUID, so no
 * caller can write arbitrary text into the logs.
 *
 * <p>Example: a request with {@code X-Request-Id: dwh-sync-20261204-0042} is answered with the same
 * header, and its log lines read {@code … [dwh-sync-20261204-0042] …}; a request without one gets,
 * say, {@code 3f0c…}. With {@code th.go.cdd.cdvl.common.web} at DEBUG, each answer is also logged
 * as method, path (never the query, which may hold a searched phone number), status and time.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, named in the log format. */
    public static final String KEY = "requestId";

    private static final Logger LOG = Logger.getLogger(RequestIds.class);
    private static final Pattern CALLERS_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        // first of all filters (SecurityHeaders 200, SpaRouting 100), so that even their answers carry it
        filters.register(context -> {
            String id = idFor(context.request().getHeader(HEADER));
            long started = System.nanoTime();
            MDC.put(KEY, id);
            context.response().headers().set(HEADER, id);
            if (LOG.isDebugEnabled()) {
                context.addEndHandler(done -> LOG.debugf("%s %s %d %d ms", context.request().method(), context.normalizedPath(),
                        context.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000));
            }
            context.next();
        }, 300);
    }

    /** The caller's id if it is a plain token, else a new one. */
    static String idFor(String callers) {
        return callers != null && CALLERS_ID.matcher(callers).matches() ? callers : UUID.randomUUID().toString();
    }
}
