package th.go.cdd.cdvl.reporting.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DeadlineViews {

    private DeadlineViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadlineView", requiredProperties = {"id", "fiscalYear", "kind", "titleTh", "titleEn", "dueOn", "holidaysKnown", "version"},
            description = "A reporting deadline. dueOn is the department's date; provinceDueOn an earlier date the caller's province set for its districts.")
    public record DeadlineView(
            UUID id,
            @Schema(examples = "2568") int fiscalYear,
            Deadline.Kind kind,
            @Schema(examples = "1") Integer quarter,
            @Schema(examples = "รายงานผลการดำเนินงาน ไตรมาส 1/2568") String titleTh,
            @Schema(examples = "Operation report Q1 FY2568") String titleEn,
            @Schema(examples = "2024-12-13") LocalDate dueOn,
            @Schema(description = "The caller's province's earlier deadline, if it set one", examples = "2024-12-10") LocalDate provinceDueOn,
            @Schema(description = "Version of the province's date: the If-Match to change it") Long provinceVersion,
            @Schema(description = "Quarterly deadlines: when provinces owe the department their report; absent until the department sets it",
                    examples = "2024-12-27") LocalDate provinceReportDueOn,
            @Schema(description = "Whether the holiday table covers the calendar year of dueOn (has any holiday in it); "
                    + "false: that year's holidays are not entered, so the date may fall on one and the department should add them")
            boolean holidaysKnown,
            long version) {
    }

    @Schema(name = "LocationReportRequest", description = "Opens the center location report (enclosure 3) of a fiscal year.")
    public record LocationReportRequest(@NotNull @Schema(required = true, examples = "2025-11-21") LocalDate dueOn) {
    }

    @Schema(name = "DeadlineDateRequest")
    public record DateRequest(@NotNull @Schema(required = true, examples = "2024-12-13") LocalDate dueOn) {
    }
}
