package th.go.cdd.cdvl.calendar;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A quarter of a Thai fiscal year: Q1 = Oct–Dec of the year before, Q2 = Jan–Mar, Q3 = Apr–Jun,
 * Q4 = Jul–Sep. {@code fiscalYear} is Buddhist era.
 */
@Schema(name = "FiscalQuarter", requiredProperties = {"fiscalYear", "quarter", "startsOn", "endsOn", "labelTh", "labelEn"})
public record FiscalQuarter(
        @Schema(examples = "2568") int fiscalYear,
        @Schema(examples = "1") int quarter,
        @Schema(examples = "2024-10-01") LocalDate startsOn,
        @Schema(examples = "2024-12-31") LocalDate endsOn,
        @Schema(examples = "ไตรมาส 1/2568") String labelTh,
        @Schema(examples = "Q1 FY2568") String labelEn) {

    public static FiscalQuarter of(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        LocalDate fiscalStart = LocalDate.of(FiscalCalendar.gregorianYear(fiscalYear) - 1, 10, 1);
        LocalDate starts = fiscalStart.plusMonths(3L * (quarter - 1));
        return new FiscalQuarter(fiscalYear, quarter, starts, starts.plusMonths(3).minusDays(1),
                "ไตรมาส " + quarter + "/" + fiscalYear, "Q" + quarter + " FY" + fiscalYear);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
