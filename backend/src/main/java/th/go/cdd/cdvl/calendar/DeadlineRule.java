package th.go.cdd.cdvl.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * The one rule for default report deadlines: a quarterly report is due on the 15th of the
 * quarter's last month (December, March, June, September), moved back to the previous working day
 * when that day is a Saturday, a Sunday or a government holiday. So Q1 FY2568 is due on Friday 13
 * Dec 2567, as the Lampang letter says (15 Dec 2567 was a Sunday).
 */
public final class DeadlineRule {

    static final int DUE_DAY = 15;

    private DeadlineRule() {
    }

    public static LocalDate quarterlyReportDue(int fiscalYear, int quarter, Predicate<LocalDate> isHoliday) {
        LocalDate due = FiscalQuarter.of(fiscalYear, quarter).endsOn().withDayOfMonth(DUE_DAY);
        while (!isWorkingDay(due, isHoliday)) {
            due = due.minusDays(1);
        }
        return due;
    }

    public static boolean isWorkingDay(LocalDate day, Predicate<LocalDate> isHoliday) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday.test(day);
    }

    /**
     * A report is on time when it arrives before the due day is over in Thailand: the first
     * instant late is midnight (Asia/Bangkok) at the start of the next day.
     */
    public static boolean onTime(OffsetDateTime submittedAt, LocalDate dueOn, ZoneId zone) {
        return submittedAt.toInstant().isBefore(dueOn.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
