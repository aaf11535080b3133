package th.go.cdd.cdvl.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.PersonalData;

public final class EvaluationViews {

    static final String VISITORS_RULE = "Personal data (PDPA): names; left out for callers outside the center's area and for api-clients without api-client-personal-data.";

    private EvaluationViews() {
    }

    @Schema(name = "RubricView", requiredProperties = {"id", "fiscalYear", "revision", "criteria", "levels", "frozen", "version"},
            description = "The fiscal year's evaluation rubric (its latest revision). Frozen once a visit uses it; a change then makes a new revision for later visits.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RubricView(
            UUID id,
            @Schema(examples = "2568") int fiscalYear,
            @Schema(description = "1 for the first; a change after the first visit adds one", examples = "1") int revision,
            List<CriterionView> criteria,
            @Schema(description = "Highest minimum first") List<LevelView> levels,
            boolean frozen,
            OffsetDateTime frozenAt,
            long version,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "RubricCriterionView", requiredProperties = {"id", "position", "name", "weight"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionView(UUID id, int position, @Schema(examples = "การจัดกิจกรรมต่อเนื่อง") String name, String description,
            @Schema(examples = "30") int weight) {
    }

    @Schema(name = "RubricLevelView", requiredProperties = {"name", "minScore"})
    public record LevelView(@Schema(examples = "ดีเด่น") String name, @Schema(examples = "4.50") BigDecimal minScore) {
    }

    @Schema(name = "RubricRequest", description = "The rubric's criteria (scored 1-5, weighted) and its levels.")
    public record RubricRequest(
            @NotNull @Size(min = 1, max = 30) @Valid @Schema(required = true) List<@NotNull @Valid CriterionRequest> criteria,
            @NotNull @Size(min = 1, max = 10) @Valid @Schema(required = true) List<@NotNull @Valid LevelRequest> levels) {
    }

    @Schema(name = "RubricCriterionRequest")
    public record CriterionRequest(
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "การจัดกิจกรรมต่อเนื่อง") String name,
            @Size(max = 2000) @PlainText(multiline = true) @Schema(examples = "จัดกิจกรรมอย่างน้อยไตรมาสละครั้ง") String description,
            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "30") Integer weight) {
    }

    @Schema(name = "RubricLevelRequest")
    public record LevelRequest(
            @NotBlank @Size(max = 100) @PlainText @Schema(required = true, examples = "ดีเด่น") String name,
            @NotNull @DecimalMin("1.00") @DecimalMax("5.00") @Digits(integer = 1, fraction = 2) @Schema(required = true, examples = "4.50") BigDecimal minScore) {
    }

    @Schema(name = "VisitView", requiredProperties = {"id", "centerId", "centerName", "subdistrictCode", "district", "fiscalYear", "quarter",
            "visitedOn", "rubricId", "rubricRevision", "scores", "total", "followUpOverdue", "photos", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            description = "An evaluation visit to a center: scores per criterion of the rubric it was made under, the weighted total and level.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisitView(
            UUID id,
            UUID centerId,
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ") String centerName,
            @Schema(examples = "520101") String subdistrictCode,
            AreaName district,
            int fiscalYear,
            int quarter,
            @Schema(examples = "2025-01-20") LocalDate visitedOn,
            @Schema(description = "Who visited. " + VISITORS_RULE, examples = "นายสมชาย ใจดี พัฒนาการอำเภอ", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.NAME)) String visitors,
            BigDecimal latitude,
            BigDecimal longitude,
            UUID rubricId,
            int rubricRevision,
            List<ScoreView> scores,
            @Schema(description = "Σ(score × weight) / Σ(weight), 1.00-5.00", examples = "4.10") BigDecimal total,
            @Schema(description = "The highest level the total reaches; absent when none", examples = "ดี") String level,
            String strengths,
            String advice,
            String followUp,
            LocalDate followUpDueOn,
            LocalDate followUpDoneOn,
            @Schema(description = "A follow-up past its due date and not done") boolean followUpOverdue,
            @Schema(description = "Photos of the visit, oldest first") List<AttachmentView> photos,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "VisitScoreView", requiredProperties = {"criterionId", "position", "name", "weight", "score"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreView(UUID criterionId, int position, String name, int weight, @Schema(examples = "4") int score, String note) {
    }

    @Schema(name = "VisitSummary", requiredProperties = {"id", "centerId", "centerName", "subdistrictCode", "fiscalYear", "quarter", "visitedOn",
            "total", "followUpOverdue", "version"}, description = "A visit in a list, without the visitors' names.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisitSummary(UUID id, UUID centerId, String centerName, String subdistrictCode, AreaName district, int fiscalYear,
            int quarter, LocalDate visitedOn, BigDecimal total, String level, LocalDate followUpDueOn, LocalDate followUpDoneOn,
            boolean followUpOverdue, long version) {
    }

    @Schema(name = "VisitRequest", description = "A visit to record, or its corrected record. Its fiscal year and quarter follow visitedOn; it is scored under the rubric of that year.")
    public record VisitRequest(
            @NotNull @Schema(required = true) UUID centerId,
            @NotNull @Schema(required = true, examples = "2025-01-20") LocalDate visitedOn,
            @NotBlank @Size(max = 1000) @PlainText @Schema(required = true, examples = "นายสมชาย ใจดี พัฒนาการอำเภอ") String visitors,
            @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "18.3041") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "99.4977") BigDecimal longitude,
            @NotNull @Size(min = 1, max = 30) @Valid @Schema(required = true) List<@NotNull @Valid ScoreRequest> scores,
            @Size(max = 4000) @PlainText(multiline = true) String strengths,
            @Size(max = 4000) @PlainText(multiline = true) String advice,
            @Size(max = 2000) @PlainText(multiline = true) String followUp,
            @Schema(examples = "2025-03-31") LocalDate followUpDueOn,
            @Schema(description = "When the follow-up was done") LocalDate followUpDoneOn) {
    }

    @Schema(name = "VisitScoreRequest")
    public record ScoreRequest(
            @NotNull @Schema(required = true) UUID criterionId,
            @NotNull @Min(1) @Max(5) @Schema(required = true, examples = "4") Integer score,
            @Size(max = 1000) @PlainText String note) {
    }

    @Schema(name = "CenterRanking", requiredProperties = {"rank", "centerId", "centerName", "subdistrictCode", "district", "total", "visitedOn", "visitId"},
            description = "A center placed by its latest visit's total in the fiscal year; equal totals share a rank (1, 2, 2, 4).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CenterRanking(int rank, UUID centerId, String centerName, String subdistrictCode, AreaName district, BigDecimal total,
            String level, LocalDate visitedOn, UUID visitId) {
    }

    @Schema(name = "VisitCoverage", requiredProperties = {"fiscalYear", "area", "rows", "totals"},
            description = "The share of active centers visited, per area one level down and quarter.")
    public record VisitCoverage(int fiscalYear, AreaName area, List<CoverageRow> rows, CoverageRow totals) {
    }

    @Schema(name = "VisitCoverageRow", requiredProperties = {"area", "centers", "visited", "rates"})
    public record CoverageRow(AreaName area, @Schema(description = "Active centers") int centers,
            @Schema(description = "Centers visited in Q1..Q4") List<Integer> visited,
            @Schema(description = "visited / centers per quarter, 0 to 1") List<Double> rates) {
    }
}
