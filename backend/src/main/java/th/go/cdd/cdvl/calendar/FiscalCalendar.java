package th.go.cdd.cdvl.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * The one place that knows the Thai fiscal calendar: a fiscal year runs 1 October to 30 September
 * and is named by the Buddhist-era year (CE + 543) in which it ends, so 13 Dec 2024 (2567 BE)
 * falls in FY2568, Q1.
 */
public final class FiscalCalendar {

    public static final int BUDDHIST_ERA_OFFSET = 543;

    private FiscalCalendar() {
    }

    public static int fiscalYearOf(LocalDate date) {
        int endingYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return endingYear + BUDDHIST_ERA_OFFSET;
    }

    public static FiscalQuarter quarterOf(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 2) % 12; // October → 0
        return FiscalQuarter.of(fiscalYearOf(date), monthsIntoYear / 3 + 1);
    }

    public static LocalDate startOf(int fiscalYear) {
        return LocalDate.of(gregorianYear(fiscalYear) - 1, 10, 1);
    }

    public static LocalDate endOf(int fiscalYear) {
        return LocalDate.of(gregorianYear(fiscalYear), 9, 30);
    }

    /** The Gregorian year in which a fiscal year (BE) ends. */
    public static int gregorianYear(int fiscalYear) {
        return fiscalYear - BUDDHIST_ERA_OFFSET;
    }
}
