package th.go.cdd.cdvl.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.planning.PlanAgainstActual.Status;

public final class PlanViews {

    private PlanViews() {
    }

    @Schema(name = "PlanView", requiredProperties = {"id", "centerId", "centerName", "subdistrictCode", "fiscalYear", "state", "lines",
            "progress", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            description = "A center's driving plan for a fiscal year, each line with what the center's activities did of it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(
            UUID id,
            UUID centerId,
            String centerName,
            @Schema(examples = "520101") String subdistrictCode,
            @Schema(examples = "2568") int fiscalYear,
            PlanState state,
            @Schema(description = "The meeting the plan was made or confirmed at") UUID meetingId,
            @Schema(examples = "12") Integer targetActivities,
            @Schema(examples = "600") Integer targetParticipants,
            List<PlanLineView> lines,
            PlanProgress progress,
            OffsetDateTime confirmedAt,
            String confirmedBy,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "PlanLineView", requiredProperties = {"position", "quarter", "type", "title", "status"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanLineView(int position, @Schema(examples = "2") int quarter, ActivityType type,
            @Schema(examples = "ปลูกผักสวนครัวรั้วกินได้") String title, @Schema(examples = "40") Integer expectedParticipants,
            UUID partnerId, String partnerName,
            @Schema(description = "DONE: an activity of this type was held that quarter; DONE_DIFFERENTLY: another of the same category; NOT_YET") Status status) {
    }

    @Schema(name = "PlanProgress", requiredProperties = {"lines", "done", "doneDifferently", "notYet"})
    public record PlanProgress(int lines, int done, int doneDifferently, int notYet) {
    }

    @Schema(name = "PlanRequest", description = "A center's plan for the year: the lines in order, the targets, the meeting it came from.")
    public record PlanRequest(
            @Schema(description = "The meeting the plan was made or confirmed at") UUID meetingId,
            @Min(0) @Max(1000) @Schema(examples = "12") Integer targetActivities,
            @Min(0) @Max(1000000) @Schema(examples = "600") Integer targetParticipants,
            @NotNull @Size(max = 200) @Valid @Schema(required = true) List<@NotNull @Valid PlanLineRequest> lines) {
    }

    @Schema(name = "PlanLineRequest")
    public record PlanLineRequest(
            @NotNull @Min(1) @Max(4) @Schema(required = true, examples = "2") Integer quarter,
            @NotNull @Schema(required = true) ActivityType type,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "ปลูกผักสวนครัวรั้วกินได้") String title,
            @Min(0) @Max(100000) @Schema(examples = "40") Integer expectedParticipants,
            UUID partnerId) {
    }

    @Schema(name = "PlanSummary", requiredProperties = {"fiscalYear", "area", "rows", "totals"},
            description = "For an area: the share of active centers with a plan, and the share of planned lines done, per area one level down.")
    public record PlanSummary(int fiscalYear, AreaName area, List<PlanAreaRow> rows, PlanAreaRow totals) {
    }

    @Schema(name = "PlanAreaRow", requiredProperties = {"area", "centers", "plans", "confirmed", "planRate", "lines", "done", "doneRate"})
    public record PlanAreaRow(AreaName area, @Schema(description = "Active centers") int centers, @Schema(description = "Centers with a plan") int plans,
            @Schema(description = "Plans the district confirmed") int confirmed, @Schema(description = "plans / centers, 0 to 1") double planRate,
            @Schema(description = "Planned lines") int lines, @Schema(description = "Lines done (as planned or differently)") int done,
            @Schema(description = "done / lines, 0 to 1") double doneRate) {
    }
}
