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
