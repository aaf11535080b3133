package th.go.cdd.cdvl.common.version;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * Optimistic concurrency on the wire: a record's {@code version} is its ETag, and an update must
 * name the version it was based on in {@code If-Match}, so no edit silently overwrites another.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its version as the ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(new EntityTag(Long.toString(version))).build();
    }

    /**
     * 204 with the saved version as the ETag, for a client that asked {@code Prefer: return=minimal}
     * ({@link th.go.cdd.cdvl.common.web.Prefer}): it holds what it sent and needs only the new version.
     */
    public static <T> RestResponse<T> minimal(long version) {
        return RestResponse.ResponseBuilder.<T>noContent().tag(new EntityTag(Long.toString(version)))
                .header(th.go.cdd.cdvl.common.web.Prefer.APPLIED, th.go.cdd.cdvl.common.web.Prefer.RETURN_MINIMAL).build();
    }

    /** 201 with the new record, where it lives and its version as the ETag. */
    public static <T> RestResponse<T> created(T body, long version, URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .tag(new EntityTag(Long.toString(version))).build();
    }

    /**
     * The version the client based its change on. Missing → 428; not one of ours → 412 (it
     * cannot match); otherwise compared with the current version by {@link #requireCurrent}.
     */
    public static long parseIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw stale(current);
        }
    }

    public static void requireCurrent(String ifMatch, long current) {
        if (parseIfMatch(ifMatch, current) != current) {
            throw stale(current);
        }
    }

    /**
     * For a record whose ETag is not a version number but a fixed tag (a photo's is the checksum of
     * its bytes, e.g. {@code "9f2c…"}): missing → 428, any other tag → 412; {@code *} matches.
     */
    public static void requireTag(String ifMatch, String etag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required();
        }
        String value = ifMatch.trim();
        if (!value.equals(etag) && !value.equals("*")) {
            throw staleTag();
        }
    }

    /** 412 for an If-Match that names another tag than the record's. */
    public static ProblemException staleTag() {
        return new ProblemException(412, "version.stale", "Precondition failed",
                "If-Match does not name this record as it is now. Reload it and try again.");
    }

    private static ProblemException required() {
        return new ProblemException(428, "version.required", "Precondition required",
                "Send If-Match with the ETag of the version you edited, so no change is lost.");
    }

    public static ProblemException stale(long current) {
        return new ProblemException(412, "version.stale", "Precondition failed",
                "Someone else saved this record first (current version " + current
                        + "). Reload it, re-apply your change and save again.")
                .withCurrentVersion(current);
    }
}
