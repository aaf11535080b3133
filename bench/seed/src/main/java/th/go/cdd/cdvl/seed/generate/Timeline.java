package th.go.cdd.cdvl.seed.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.go.cdd.cdvl.seed.reference.FiscalCalendar;

/**
 * The span of time the data set covers: the whole fiscal years 2567 to 2569, then the current fiscal
 * year up to the day before {@code asOf}. Nothing in the data set happens on or after {@code asOf}
 * (the app refuses activities dated in the future).
 */
public final class Timeline {

    public static final int FIRST_YEAR = 2567;
    public static final int LAST_FULL_YEAR = 2569;

    public record Period(int index, int fiscalYear, int quarter, LocalDate starts, LocalDate ends) {
    }

    private final LocalDate asOf;
    private final List<Period> periods = new ArrayList<>();

    public Timeline(LocalDate asOf) {
        if (!asOf.isAfter(FiscalCalendar.quarterEnd(LAST_FULL_YEAR, 4))) {
            throw new IllegalArgumentException("--as-of must be after the end of FY" + LAST_FULL_YEAR + " ("
                    + FiscalCalendar.quarterEnd(LAST_FULL_YEAR, 4) + "): the data set holds FY" + FIRST_YEAR + "-"
                    + LAST_FULL_YEAR + " in full");
        }
        this.asOf = asOf;
        for (int year = FIRST_YEAR; year <= currentFiscalYear(); year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate starts = FiscalCalendar.quarterStart(year, quarter);
                if (starts.isBefore(asOf)) {
                    periods.add(new Period(periods.size(), year, quarter, starts, FiscalCalendar.quarterEnd(year, quarter)));
                }
            }
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The last day anything in the data set happens. */
    public LocalDate lastDay() {
        return asOf.minusDays(1);
    }

    /** The last day of FY{@value #LAST_FULL_YEAR}: dates of records that do not depend on {@code asOf} stay before it. */
    public static LocalDate fixedPartEnds() {
        return FiscalCalendar.quarterEnd(LAST_FULL_YEAR, 4);
    }

    /** Midnight starting {@code asOf} in Thailand: every generated time lies before it. */
    public Instant end() {
        return asOf.atStartOfDay(SeedClock.BANGKOK).toInstant();
    }

    public int currentFiscalYear() {
        return FiscalCalendar.fiscalYearOf(lastDay());
    }

    public List<Integer> fiscalYears() {
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= currentFiscalYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** The quarters from FY2567 Q1 up to the current one (which may have only begun). */
    public List<Period> periods() {
        return periods;
    }

    public Period period(int fiscalYear, int quarter) {
        return periods.get((fiscalYear - FIRST_YEAR) * 4 + quarter - 1);
    }
}
