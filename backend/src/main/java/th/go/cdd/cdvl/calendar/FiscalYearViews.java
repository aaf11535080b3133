package th.go.cdd.cdvl.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class FiscalYearViews {

    private FiscalYearViews() {
    }

    @Schema(name = "FiscalYearView", requiredProperties = {"year", "startsOn", "endsOn", "operationStartsOn",
        "operationEndsOn", "quarters", "version"},
            description = "A fiscal year (ปีงบประมาณ, Buddhist era) and the program's operation period in it.")
    public record FiscalYearView(
            @Schema(examples = "2568") int year,
            @Schema(examples = "2024-10-01") LocalDate startsOn,
            @Schema(examples = "2025-09-30") LocalDate endsOn,
            @Schema(examples = "2024-11-15") LocalDate operationStartsOn,
            @Schema(examples = "2025-09-15") LocalDate operationEndsOn,
            List<FiscalQuarter> quarters,
            long version,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static FiscalYearView of(FiscalYear y) {
            List<FiscalQuarter> quarters = List.of(FiscalQuarter.of(y.getYear(), 1), FiscalQuarter.of(y.getYear(), 2),
                    FiscalQuarter.of(y.getYear(), 3), FiscalQuarter.of(y.getYear(), 4));
            return new FiscalYearView(y.getYear(), FiscalCalendar.startOf(y.getYear()), FiscalCalendar.endOf(y.getYear()),
                    y.getOperationStartsOn(), y.getOperationEndsOn(), quarters, y.getVersion(), y.getUpdatedAt(),
                    y.getUpdatedBy());
        }
    }

    /** The program's operation period in a fiscal year, for other features (activities check their dates against it). */
    public record OperationPeriod(LocalDate startsOn, LocalDate endsOn) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    @Schema(name = "OperationPeriodRequest", description = "The operation period of a fiscal year; it must lie inside the year.")
    public record OperationPeriodRequest(
            @NotNull @Schema(examples = "2024-11-15", required = true) LocalDate operationStartsOn,
            @NotNull @Schema(examples = "2025-09-15", required = true) LocalDate operationEndsOn) {
    }
}
