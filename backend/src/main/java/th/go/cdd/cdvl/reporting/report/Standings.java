package th.go.cdd.cdvl.reporting.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import th.go.cdd.cdvl.calendar.DeadlineRule;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;

/**
 * Where a district stands for a deadline, from its report (if any) and the time: a report never
 * submitted is MISSING once its due day is over; submissions count as on time or late by the first
 * one.
 */
public final class Standings {

    /**
     * The standings a district's report can have: it always has a date in force, so it is judged on
     * time or late and is never plain SUBMITTED, which only a province report waiting for the
     * department's date can be.
     */
    public static final Set<Standing> OF_DISTRICTS = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Standing.SUBMITTED)));

    private Standings() {
    }

    public static Standing of(ReportStatus report, LocalDate dueOn, OffsetDateTime now, ZoneId zone) {
        return report == null ? of(null, null, dueOn, now, zone) : of(report.state(), report.onTime(), dueOn, now, zone);
    }

    /**
     * {@code state} null: no report. {@code dueOn} null: no due date yet (a province report before the
     * department sets one), so nothing is missing and a submission is SUBMITTED, neither on time nor late.
     */
    public static Standing of(ReportState state, Boolean onTime, LocalDate dueOn, OffsetDateTime now, ZoneId zone) {
        if (state == null || state == ReportState.DRAFT) {
            if (dueOn != null && !DeadlineRule.onTime(now, dueOn, zone)) {
                return Standing.MISSING;
            }
            return state == null ? Standing.NOT_STARTED : Standing.DRAFT;
        }
        return switch (state) {
            case RETURNED -> Standing.RETURNED;
            case ACCEPTED -> Standing.ACCEPTED;
            default -> onTime == null ? Standing.SUBMITTED
                    : onTime ? Standing.SUBMITTED_ON_TIME : Standing.SUBMITTED_LATE;
        };
    }

    /** How many of {@code standings} stand each way, every one of {@code keys} present (0 when none). */
    public static Map<Standing, Integer> count(Iterable<Standing> standings, Set<Standing> keys) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        keys.forEach(k -> counts.put(k, 0));
        standings.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    public static boolean submitted(Standing standing) {
        return standing == Standing.SUBMITTED_ON_TIME || standing == Standing.SUBMITTED_LATE || standing == Standing.SUBMITTED
                || standing == Standing.RETURNED || standing == Standing.ACCEPTED;
    }
}
