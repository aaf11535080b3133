package th.go.cdd.cdvl.seed.reference;

import java.time.LocalDate;

/**
 * The app's fiscal calendar rule (backend calendar/FiscalCalendar), repeated here because the seed
 * jar must not depend on the backend: a Thai fiscal year runs 1 October to 30 September and is
 * named by the Buddhist-era year in which it ends; quarter 1 is October to December.
 */
public final class FiscalCalendar {

    public static final int BUDDHIST_ERA_OFFSET = 543;

    private FiscalCalendar() {
    }

    public static int fiscalYearOf(LocalDate date) {
        int endingYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return endingYear + BUDDHIST_ERA_OFFSET;
    }

    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) % 12 / 3 + 1;
    }

    public static LocalDate quarterStart(int fiscalYear, int quarter) {
        return LocalDate.of(fiscalYear - BUDDHIST_ERA_OFFSET - 1, 10, 1).plusMonths(3L * (quarter - 1));
    }

    public static LocalDate quarterEnd(int fiscalYear, int quarter) {
        return quarterStart(fiscalYear, quarter).plusMonths(3).minusDays(1);
    }
}
