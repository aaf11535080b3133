package th.go.cdd.cdvl.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code code} is the stable, dotted key that clients translate;
 * {@code title}, {@code detail} and field messages are English, for logs and integrators.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "code"}, description = "RFC 9457 problem detail, served as application/problem+json.")
public record Problem(
        @Schema(examples = "https://cdvl.example/problems/geo.not-found") String type,
        @Schema(examples = "Not found") String title,
        @Schema(examples = "404") int status,
        @Schema(examples = "No province, district or sub-district has the code 529999.") String detail,
        @Schema(examples = "/api/v1/areas/529999") String instance,
        @Schema(description = "Stable machine-readable code; clients translate it.", examples = "geo.not-found") String code,
        @Schema(description = "Field-level errors of a rejected request.") List<FieldError> errors,
        @Schema(description = "On 412: the record's current version (its ETag without quotes).", examples = "4") Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://cdvl.example/problems/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(examples = "code") String field,
            @Schema(examples = "geo.code.malformed") String code,
            @Schema(examples = "must be 2, 4 or 6 digits") String message) {
    }
}
