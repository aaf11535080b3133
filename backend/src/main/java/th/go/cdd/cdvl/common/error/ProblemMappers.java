package th.go.cdd.cdvl.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become RFC 9457 problems. Bodies never carry class names or
 * stack traces; unexpected failures are logged here with their stack and answered as a bare 500,
 * except an unreachable database, which is temporary and answered 503 with Retry-After.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A restart or failover of PostgreSQL takes seconds; clients wait this long before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response domainProblem(ProblemException e, UriInfo uri, RoutingContext context) {
        if (e.closesConnection()) {
            context.response().putHeader("Connection", "close");
            context.addEndHandler(ended -> context.request().connection().close());
        }
        Response answer = respond(new Problem(typeOf(e.code()), e.title(), e.status(), e.getMessage(), path(uri), e.code(),
                e.errors().isEmpty() ? null : e.errors(), e.currentVersion()));
        return e.retryAfterSeconds() == null ? answer
                : Response.fromResponse(answer).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().toString()).build();
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::toFieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(problem(400, "request.invalid", "Bad request", "The request has invalid values.", uri, errors));
    }

    /** Listed one by one: Quarkus ships mappers for the subtypes, and the closest type wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(problem(400, "request.malformed", "Bad request",
                "The request body is not valid JSON for this operation.", uri, null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(problem(401, "auth.unauthenticated", "Unauthorized",
                        "A valid bearer token from the cdvl realm is required.", uri, null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cdvl\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(problem(403, "auth.forbidden", "Forbidden", "Your role may not do this.", uri, null));
    }

    /** Two writers passed the If-Match check at once; the database's version check let one win. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(problem(412, "version.stale", "Precondition failed",
                "Someone else saved this record at the same moment. Reload it, re-apply your change and save again.",
                uri, null));
    }

    /** A uniqueness rule the service checked was broken by a concurrent write; the database kept it. */
    @ServerExceptionMapper
    public Response constraintRace(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return respond(problem(409, "resource.conflict", "Conflict",
                    "Another change just took the same place. Reload and try again.", uri, null));
        }
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.CHECK) {
            // the database's last line of defence held a rule the service let through
            LOG.warnf("Check constraint %s refused a write on %s", e.getConstraintName(), path(uri));
            return respond(problem(422, "request.value.invalid", "Unprocessable content",
                    "The request breaks a rule of the data.", uri, null));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert (a date, a UUID):
            // the resource exists, the caller's value is malformed
            return respond(problem(400, "request.parameter.invalid", "Bad request",
                    "A path or query parameter has a value of the wrong form.", uri, null));
        }
        String code = switch (status) {
            case 400 -> "request.malformed";
            case 404 -> "resource.not-found";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 415 -> "request.unsupported-media-type";
            default -> "request.invalid";
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Client error" : known.getReasonPhrase();
        return respond(problem(status, code, title, title + ".", uri, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<Throwable> databaseDown = DatabaseUnavailable.causeOf(e);
        if (databaseDown.isPresent()) {
            return serviceUnavailable(databaseDown.get(), uri);
        }
        if (sqlStateIn(e, "40")) {
            // deadlock or serialization failure: two writes (say, moves of activities between types
            // in one province, whose running tallies they both change) met; PostgreSQL rolled this
            // one back whole, so sending it again is safe
            LOG.warnf("Concurrent writes collided on %s; the request was rolled back", path(uri));
            return Response.fromResponse(respond(problem(409, "resource.conflict", "Conflict",
                            "Another change was being saved at the same moment and nothing of yours was saved. Try again.",
                            uri, null)))
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .build();
        }
        if (sqlStateIn(e, "22") || hasCause(e, org.hibernate.exception.DataException.class)) {
            // a value that passed validation but the database cannot hold (a date in the year 999999999):
            // the caller's input, and the transaction rolled back
            return respond(problem(422, "request.value.out-of-range", "Unprocessable content",
                    "A value is outside the range that can be stored.", uri, null));
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return respond(problem(500, "server.error", "Internal server error",
                "Something went wrong on our side. It has been logged.", uri, null));
    }

    /**
     * PostgreSQL is down, restarting or out of connections: a temporary state, not a bug, so no
     * stack trace; the message is left out too, as it may quote the values being written.
     */
    private static Response serviceUnavailable(Throwable cause, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", path(uri), DatabaseUnavailable.describe(cause));
        return Response.fromResponse(respond(problem(503, "service.unavailable", "Service unavailable",
                        "The database cannot be reached at the moment. Try again in a few seconds.", uri, null)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    /** An SQLSTATE of the class (its first two characters) anywhere in the cause chain. */
    private static boolean sqlStateIn(Throwable e, String sqlStateClass) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String state = t instanceof java.sql.SQLException sql ? sql.getSQLState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if (state != null && state.startsWith(sqlStateClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Problem problem(int status, String code, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return new Problem(typeOf(code), title, status, detail, path(uri), code, errors, null);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String typeOf(String code) {
        return Problem.TYPE_BASE + code;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "listProvinces.arg0.code" style paths are cut to their last segment, the field a client sent. */
    private static Problem.FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        String code = "request." + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .toLowerCase(java.util.Locale.ROOT);
        return new Problem.FieldError(field, code, violation.getMessage());
    }
}
