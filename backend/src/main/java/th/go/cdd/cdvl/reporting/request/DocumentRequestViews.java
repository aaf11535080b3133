package th.go.cdd.cdvl.reporting.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.report.ReportState;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;
import th.go.cdd.cdvl.reporting.request.DocumentRequest.Level;

public final class DocumentRequestViews {

    private DocumentRequestViews() {
    }

    @Schema(name = "DocumentRequestCreate", description = "A new request. The department may ask every province, "
            + "or the districts of one province (`targetProvinceCode`) or of all; a provincial office only its own districts.")
    public record CreateRequest(
            @NotNull @Min(2500) @Max(2700) @Schema(examples = "2570") Integer fiscalYear,
            @NotBlank @Size(max = 200) @Schema(examples = "แบบสำรวจข้อมูลศูนย์ฯ ไตรมาส 1") String title,
            @NotBlank @Size(max = 4000) @Schema(examples = "กรอกแบบฟอร์มที่แนบและส่งกลับเป็นไฟล์ Excel") String instructions,
            @NotNull @Schema(examples = "2026-12-25") LocalDate dueOn,
            @NotNull @Schema(examples = "DISTRICT") Level targetLevel,
            @Pattern(regexp = "[0-9]{2}") @Schema(examples = "52",
                    description = "For DISTRICT: the province whose districts are asked; absent: every district") String targetProvinceCode) {
    }

    @Schema(name = "DocumentRequestChange", description = "What the requester may change after sending: the texts and the due date.")
    public record ChangeRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String instructions,
            @NotNull LocalDate dueOn) {
    }

    @Schema(name = "DocumentAnswerNote")
    public record NoteRequest(@Size(max = 4000) @Schema(examples = "ส่งแบบสำรวจ 2 ไฟล์") String note) {
    }

    @Schema(name = "DocumentReview", description = "A return needs a comment; an acceptance may have one.")
    public record ReviewRequest(@Size(max = 2000) String comment) {
    }

    @Schema(name = "DocumentFile", requiredProperties = {"id", "fileName", "contentType", "sizeBytes", "createdAt", "url", "etag"})
    public record FileView(UUID id, @Schema(examples = "แบบสำรวจ.xlsx") String fileName, String contentType, long sizeBytes,
            OffsetDateTime createdAt, String url, @Schema(description = "The file's SHA-256, quoted") String etag) {
    }

    @Schema(name = "DocumentRequest", requiredProperties = {"id", "fiscalYear", "title", "instructions", "dueOn",
            "targetLevel", "offices", "canReview", "standings", "createdAt", "updatedAt", "version"})
    public record RequestView(
            UUID id,
            int fiscalYear,
            String title,
            String instructions,
            LocalDate dueOn,
            Level targetLevel,
            @Schema(description = "For DISTRICT: the province asked; absent: every district (or every province)") AreaName targetProvince,
            @Schema(description = "The provincial office that asked; absent: the department") AreaName owner,
            @Schema(description = "The template to fill in, if the requester attached one") FileView template,
            @Schema(description = "How many offices asked lie in the caller's area") int offices,
            @Schema(description = "Whether the caller reviews the answers (the requester)") boolean canReview,
            @Schema(description = "The caller's own office's answer, when the caller's office is asked") OfficeAnswer myOffice,
            @Schema(description = "How many of the offices in the caller's area stand each way") Map<Standing, Integer> standings,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            long version) {
    }

    @Schema(name = "DocumentOfficeAnswer", description = "One office's place in the matrix of a request.",
            requiredProperties = {"office", "standing", "files"})
    public record OfficeAnswer(AreaName office, ReportState state, Standing standing, OffsetDateTime submittedAt,
            Boolean onTime, int files) {
    }

    @Schema(name = "DocumentAnswer", requiredProperties = {"requestId", "office", "dueOn", "standing", "files",
            "canAnswer", "canReview", "version"})
    public record AnswerView(
            UUID requestId,
            AreaName office,
            LocalDate dueOn,
            @Schema(description = "Absent until the office starts its answer") ReportState state,
            Standing standing,
            String note,
            List<FileView> files,
            OffsetDateTime submittedAt,
            String submittedBy,
            Boolean onTime,
            OffsetDateTime lastSubmittedAt,
            OffsetDateTime reviewedAt,
            String reviewedBy,
            String reviewComment,
            @Schema(description = "Whether the caller may write and submit it") boolean canAnswer,
            @Schema(description = "Whether the caller may return or accept it") boolean canReview,
            @Schema(description = "0 until started; the ETag otherwise") long version) {
    }
}
