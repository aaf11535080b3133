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

    /**
     * The driving plans of an area as a report shows them for one quarter: the year's plans against
     * the active centers, and the quarter's planned lines against what was held
     * ({@link PlanAgainstActual}). {@code done} counts the lines done as planned or differently;
     * {@code doneDifferently} is the part of them done with another activity of the same category.
     * Shares are rounded to four places, 0 without a denominator. Example: 4 active centers, 3 with a
     * plan (2 confirmed); Q2 plans 6 lines, 4 done of which 1 differently: planRate 0.75, doneRate 0.6667.
     */
    @Schema(name = "PlanFigures", requiredProperties = {"centers", "plans", "confirmed", "planRate", "lines", "done", "doneDifferently",
        "doneRate"}, description = "The centers' driving plans for the fiscal year and the quarter's planned activities against what was held.")
    public record PlanFigures(
            @Schema(description = "Active centers", examples = "4") int centers,
            @Schema(description = "Centers with a plan for the fiscal year", examples = "3") int plans,
            @Schema(description = "Of those plans, the ones the district confirmed", examples = "2") int confirmed,
            @Schema(description = "plans / centers, 0 to 1 (0 without centers)", examples = "0.75") double planRate,
            @Schema(description = "Lines the plans put in the quarter", examples = "6") int lines,
            @Schema(description = "Of those lines, the ones done (as planned or with another activity of the same category)", examples = "4") int done,
            @Schema(description = "Of the lines done, the ones done with another activity of the same category", examples = "1") int doneDifferently,
            @Schema(description = "done / lines, 0 to 1 (0 without lines)", examples = "0.6667") double doneRate) {

        public static final PlanFigures NONE = of(0, 0, 0, 0, 0, 0);

        public static PlanFigures of(int centers, int plans, int confirmed, int lines, int done, int doneDifferently) {
            return new PlanFigures(centers, plans, confirmed, share(plans, centers), lines, done, doneDifferently, share(done, lines));
        }

        /** Two areas' figures together: counts added, the shares taken again from the sums (1 of 2 and 3 of 6 → 4 of 8). */
        public PlanFigures plus(PlanFigures other) {
            return of(centers + other.centers, plans + other.plans, confirmed + other.confirmed, lines + other.lines,
                    done + other.done, doneDifferently + other.doneDifferently);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
        }
    }

    @Schema(name = "PlanAreaRow", requiredProperties = {"area", "centers", "plans", "confirmed", "planRate", "lines", "done", "doneRate"})
    public record PlanAreaRow(AreaName area, @Schema(description = "Active centers") int centers, @Schema(description = "Centers with a plan") int plans,
            @Schema(description = "Plans the district confirmed") int confirmed, @Schema(description = "plans / centers, 0 to 1") double planRate,
            @Schema(description = "Planned lines") int lines, @Schema(description = "Lines done (as planned or differently)") int done,
            @Schema(description = "done / lines, 0 to 1") double doneRate) {
    }
}
