package th.go.cdd.cdvl.common.error;

import java.util.List;

/**
 * Base of every domain exception that becomes a problem response. Features subclass it (or use
 * the factories) so that each rule break carries its HTTP status and stable code.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final transient List<Problem.FieldError> errors;
    private Long currentVersion;
    private Integer retryAfterSeconds;
    private boolean closesConnection;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, "Not found", detail);
    }

    public static ProblemException badRequest(String code, String detail, Problem.FieldError... errors) {
        return new ProblemException(400, code, "Bad request", detail, List.of(errors));
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    /** The request is valid but the record's state does not allow it (voided, closed, taken). */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    /** A conflict with what one field asks for (a sub-district that already has a center). */
    public static ProblemException conflict(String code, String detail, String field, String reason) {
        return new ProblemException(409, code, "Conflict", detail, List.of(new Problem.FieldError(field, code, reason)));
    }

    /** Well-formed but against a rule of the program (a future date, an unknown center): 422. */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable content", detail);
    }

    /** A rule refuses one field's value; the field error carries the same code. */
    public static ProblemException unprocessable(String code, String detail, String field, String reason) {
        return new ProblemException(422, code, "Unprocessable content", detail,
                List.of(new Problem.FieldError(field, code, reason)));
    }

    /** The body is not of a type the operation takes, whatever its Content-Type said. */
    public static ProblemException unsupportedMediaType(String code, String detail) {
        return new ProblemException(415, code, "Unsupported media type", detail);
    }

    public static ProblemException tooLarge(String code, String detail) {
        return new ProblemException(413, code, "Content too large", detail);
    }

    /**
     * The server is at its limit for this kind of work right now (say, every photo decoder is busy);
     * the request changed nothing and may be sent again after {@code retryAfterSeconds}.
     */
    public static ProblemException busy(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "service.busy", "Service busy", detail).withRetryAfter(retryAfterSeconds);
    }

    /** The caller has too much of this kind of work in flight at once; answered 429 with Retry-After. */
    public static ProblemException tooManyAtOnce(String code, String detail, int retryAfterSeconds) {
        return new ProblemException(429, code, "Too many requests", detail).withRetryAfter(retryAfterSeconds);
    }

    /**
     * The request body did not arrive within its time; nothing was stored. The rest of the body may
     * still be coming, so the connection ends with the answer ({@link #closesConnection}).
     */
    public static ProblemException bodyTimeout(String detail) {
        ProblemException timeout = new ProblemException(408, "request.timeout", "Request timeout", detail);
        timeout.closesConnection = true;
        return timeout;
    }

    /**
     * Whether the connection is closed once the answer is sent: reading out an unread body (hours of
     * it at 1 KB/s) would hold a worker thread, and the next request on it could not be framed.
     */
    public boolean closesConnection() {
        return closesConnection;
    }

    /** Sent as {@code Retry-After} with the problem. */
    public ProblemException withRetryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** For version conflicts: tells the client which version is current now. */
    public ProblemException withCurrentVersion(long version) {
        this.currentVersion = version;
        return this;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
