package th.go.cdd.cdvl.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalYearService;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.ReportViews.Cell;
import th.go.cdd.cdvl.reporting.ReportViews.CompletenessView;
import th.go.cdd.cdvl.reporting.ReportViews.DeadlineRef;
import th.go.cdd.cdvl.reporting.ReportViews.MyDeadline;
import th.go.cdd.cdvl.reporting.ReportViews.Row;
import th.go.cdd.cdvl.reporting.ReportViews.Standing;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;

/**
 * Completeness and timeliness: every district's standing for each deadline of a fiscal year,
 * rolled up to provinces and the nation, and what is due next for the caller.
 */
@ApplicationScoped
public class CompletenessService {

    private final DeadlineService deadlines;
    private final DistrictReportRepository reports;
    private final FiscalYearService fiscalYears;
    private final AreaResolver areas;
    private final GeoService geo;
    private final Clock clock;

    public CompletenessService(DeadlineService deadlines, DistrictReportRepository reports, FiscalYearService fiscalYears,
            AreaResolver areas, GeoService geo, Clock clock) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.fiscalYears = fiscalYears;
        this.areas = areas;
        this.geo = geo;
        this.clock = clock;
    }

    /** Rows: provinces for the nation, districts for a province or a district. */
    public CompletenessView completeness(String areaCode, Integer fiscalYear) {
        Area area = areas.resolve(areaCode);
        int year = fiscalYear == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : fiscalYear;
        fiscalYears.get(year);
        List<Deadline> yearDeadlines = deadlines.all().stream().filter(d -> d.getFiscalYear() == year).toList();
        Grid grid = grid(area, yearDeadlines);
        List<Row> rows = new ArrayList<>();
        if (area.isNational()) {
            for (AreaName province : areas.children(area)) {
                rows.add(new Row(province, yearDeadlines.stream()
                        .map(d -> counted(d.getId(), grid, province.code())).toList()));
            }
        } else {
            for (String district : grid.districts()) {
                rows.add(new Row(geo.nameOf(district).orElse(new AreaName(district, district, district)), yearDeadlines.stream()
                        .map(d -> new Cell(d.getId(), grid.standing(d.getId(), district), null, null, null)).toList()));
            }
        }
        List<Cell> totals = yearDeadlines.stream().map(d -> counted(d.getId(), grid, "")).toList();
        List<DeadlineRef> refs = yearDeadlines.stream().map(d -> DistrictReportService.ref(d, d.getDueOn())).toList();
        AreaName name = new AreaName(area.isNational() ? null : area.code(), area.nameTh(), area.nameEn());
        return new CompletenessView(year, name, refs, rows, totals, OffsetDateTime.now(clock));
    }

    /** Deadlines from 30 days ago onwards, nearest first, with the caller's standing or counts. */
    public List<MyDeadline> upcoming() {
        Area area = areas.resolve(null);
        LocalDate today = LocalDate.now(clock);
        List<Deadline> coming = deadlines.all().stream()
                .filter(d -> !d.getDueOn().isBefore(today.minusDays(30)) && !d.getDueOn().isAfter(today.plusDays(200)))
                .toList();
        Grid grid = grid(area, coming);
        return coming.stream().map(d -> {
            if (area.level() == AreaLevel.DISTRICT) {
                LocalDate due = deadlines.dueFor(d, area.code());
                return new MyDeadline(DistrictReportService.ref(d, due), ChronoUnit.DAYS.between(today, due),
                        grid.standing(d.getId(), area.code()), null);
            }
            LocalDate due = area.isNational() ? d.getDueOn() : deadlines.dueFor(d, area.code());
            return new MyDeadline(DistrictReportService.ref(d, due), ChronoUnit.DAYS.between(today, due), null,
                    counted(d.getId(), grid, "").counts());
        }).sorted((a, b) -> a.deadline().dueOn().compareTo(b.deadline().dueOn())).toList();
    }

    private Grid grid(Area area, List<Deadline> list) {
        List<String> districts = districtsOf(area);
        Set<UUID> ids = list.stream().map(Deadline::getId).collect(Collectors.toSet());
        Map<String, ReportStatus> byKey = reports.statusesUnder(area.scope(), area.code(), ids).stream()
                .collect(Collectors.toMap(r -> key(r.deadlineId(), r.districtCode()), Function.identity()));
        Map<UUID, Map<String, LocalDate>> provinceDates = deadlines.provinceDates(ids);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Standing> standings = new HashMap<>();
        for (Deadline deadline : list) {
            Map<String, LocalDate> dates = provinceDates.getOrDefault(deadline.getId(), Map.of());
            for (String district : districts) {
                LocalDate due = dates.getOrDefault(district.substring(0, 2), deadline.getDueOn());
                standings.put(key(deadline.getId(), district),
                        Standings.of(byKey.get(key(deadline.getId(), district)), due, now, clock.getZone()));
            }
        }
        return new Grid(districts, byKey, standings);
    }

    private static String key(UUID deadlineId, String district) {
        return deadlineId + "/" + district;
    }

    private List<String> districtsOf(Area area) {
        if (area.level() == AreaLevel.DISTRICT) {
            return List.of(area.code());
        }
        List<String> provinces = area.isNational() ? areas.children(area).stream().map(AreaName::code).toList() : List.of(area.code());
        return provinces.stream().flatMap(p -> geo.districtCodesOf(p).stream()).toList();
    }

    /** Counts per standing; on time counts every first submission that was on time, whatever came after. */
    private static Cell counted(UUID deadlineId, Grid grid, String prefix) {
        List<Standing> standings = grid.standingsUnder(deadlineId, prefix);
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (Standing s : Standing.values()) {
            counts.put(s, 0);
        }
        standings.forEach(s -> counts.merge(s, 1, Integer::sum));
        long submitted = standings.stream().filter(Standings::submitted).count();
        long onTime = grid.onTimeUnder(deadlineId, prefix);
        Double submittedRate = standings.isEmpty() ? null : round((double) submitted / standings.size());
        Double onTimeRate = standings.isEmpty() ? null : round((double) onTime / standings.size());
        return new Cell(deadlineId, null, counts, submittedRate, onTimeRate);
    }

    private static double round(double rate) {
        return Math.round(rate * 10_000) / 10_000.0;
    }

    /** Standings of districts for deadlines, each computed once per (deadline, district). */
    private record Grid(List<String> districts, Map<String, ReportStatus> reports, Map<String, Standing> standings) {

        Standing standing(UUID deadlineId, String district) {
            return standings.get(key(deadlineId, district));
        }

        List<Standing> standingsUnder(UUID deadlineId, String prefix) {
            return districts.stream().filter(d -> d.startsWith(prefix)).map(d -> standing(deadlineId, d)).toList();
        }

        long onTimeUnder(UUID deadlineId, String prefix) {
            return districts.stream().filter(d -> d.startsWith(prefix))
                    .map(d -> reports.get(key(deadlineId, d)))
                    .filter(r -> r != null && Boolean.TRUE.equals(r.onTime()))
                    .count();
        }
    }
}
