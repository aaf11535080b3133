package th.go.cdd.cdvl.reporting.completeness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalYearService;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.report.DistrictReportRepository.ProvinceTally;
import th.go.cdd.cdvl.reporting.report.ReportViews.Cell;
import th.go.cdd.cdvl.reporting.report.ReportViews.CompletenessView;
import th.go.cdd.cdvl.reporting.report.ReportViews.DeadlineRef;
import th.go.cdd.cdvl.reporting.report.ReportViews.MyDeadline;
import th.go.cdd.cdvl.reporting.report.ReportViews.Row;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DeadlineService;
import th.go.cdd.cdvl.reporting.deadline.DueDates;
import th.go.cdd.cdvl.reporting.report.DistrictReportRepository;
import th.go.cdd.cdvl.reporting.report.DistrictReportService;
import th.go.cdd.cdvl.reporting.report.ReportStatus;
import th.go.cdd.cdvl.reporting.report.Standings;
import th.go.cdd.cdvl.reporting.report.ProvinceReport;
import th.go.cdd.cdvl.reporting.report.ProvinceReportRepository;

/**
 * Completeness and timeliness: every district's standing for each deadline of a fiscal year,
 * rolled up to provinces and the nation, and what is due next for the caller.
 */
@ApplicationScoped
public class CompletenessService {

    private final DeadlineService deadlines;
    private final DistrictReportRepository reports;
    private final ProvinceReportRepository provinceReports;
    private final FiscalYearService fiscalYears;
    private final AreaResolver areas;
    private final GeoService geo;
    private final Clock clock;

    public CompletenessService(DeadlineService deadlines, DistrictReportRepository reports,
            ProvinceReportRepository provinceReports, FiscalYearService fiscalYears,
            AreaResolver areas, GeoService geo, Clock clock) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.provinceReports = provinceReports;
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
        List<DeadlineRef> refs = yearDeadlines.stream().map(d -> DeadlineRef.of(d, d.getDueOn())).toList();
        AreaName name = new AreaName(area.isNational() ? null : area.code(), area.nameTh(), area.nameEn());
        if (area.isNational()) {
            return nation(year, name, refs, yearDeadlines, areas.children(area));
        }
        Grid grid = grid(area, yearDeadlines);
        List<Row> rows = new ArrayList<>();
        for (String district : grid.districts()) {
            rows.add(new Row(geo.nameOf(district).orElse(new AreaName(district, district, district)), yearDeadlines.stream()
                    .map(d -> new Cell(d.getId(), grid.standing(d.getId(), district), null, null, null)).toList()));
        }
        List<Cell> totals = yearDeadlines.stream().map(d -> counted(d.getId(), grid)).toList();
        return new CompletenessView(year, name, refs, rows, totals, OffsetDateTime.now(clock));
    }

    /**
     * Provinces × the year's quarterly deadlines: where each province's report to the department
     * stands, judged against the department's date for provinces (no date yet: nothing is missing,
     * and a submission is neither on time nor late). Totals count the provinces per standing.
     */
    public CompletenessView provinceReports(Integer fiscalYear) {
        Area area = areas.resolve(null);
        int year = fiscalYear == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : fiscalYear;
        fiscalYears.get(year);
        List<Deadline> quarterly = deadlines.all().stream()
                .filter(d -> d.getFiscalYear() == year && d.getKind() == Deadline.Kind.QUARTERLY_REPORT).toList();
        List<AreaName> provinces = areas.provincesIn(area.scope());
        Map<UUID, Map<String, ProvinceReport>> reports = new HashMap<>();
        provinceReports.ofDeadlines(area.scope(), quarterly.stream().map(Deadline::getId).toList())
                .forEach(r -> reports.computeIfAbsent(r.getDeadlineId(), k -> new HashMap<>()).put(r.getProvinceCode(), r));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, List<Standing>> byDeadline = new HashMap<>();
        Map<UUID, Integer> onTime = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (AreaName province : provinces) {
            List<Cell> cells = new ArrayList<>();
            for (Deadline d : quarterly) {
                ProvinceReport r = reports.getOrDefault(d.getId(), Map.of()).get(province.code());
                LocalDate due = d.getProvinceReportDueOn();
                Boolean first = r == null ? null : r.onTimeAgainst(due, clock.getZone());
                Standing standing = Standings.of(r == null ? null : r.getState(), first, due, now, clock.getZone());
                byDeadline.computeIfAbsent(d.getId(), k -> new ArrayList<>()).add(standing);
                onTime.merge(d.getId(), Boolean.TRUE.equals(first) ? 1 : 0, Integer::sum);
                cells.add(new Cell(d.getId(), standing, null, null, null));
            }
            rows.add(new Row(province, cells));
        }
        List<Cell> totals = quarterly.stream().map(d -> {
            List<Standing> standings = byDeadline.getOrDefault(d.getId(), List.of());
            long submitted = standings.stream().filter(Standings::submitted).count();
            return new Cell(d.getId(), null, Standings.count(standings, EnumSet.allOf(Standing.class)),
                    standings.isEmpty() ? null : round((double) submitted / standings.size()),
                    standings.isEmpty() ? null : round((double) onTime.getOrDefault(d.getId(), 0) / standings.size()));
        }).toList();
        List<DeadlineRef> refs = quarterly.stream().map(d -> DeadlineRef.of(d, d.getDueOn())).toList();
        return new CompletenessView(year, new AreaName(area.isNational() ? null : area.code(), area.nameTh(), area.nameEn()),
                refs, rows, totals, now);
    }

    /** Provinces × deadlines, and the nation's totals, from the running report counts. */
    private CompletenessView nation(int year, AreaName name, List<DeadlineRef> refs, List<Deadline> yearDeadlines,
            List<AreaName> provinces) {
        Map<UUID, Map<String, Tally>> byProvince = provinceTallies(yearDeadlines, provinces);
        List<Row> rows = provinces.stream().map(province -> new Row(province, yearDeadlines.stream()
                .map(d -> byProvince.get(d.getId()).get(province.code()).cell(d.getId())).toList())).toList();
        List<Cell> totals = yearDeadlines.stream().map(d -> nationalTotal(byProvince.get(d.getId())).cell(d.getId())).toList();
        return new CompletenessView(year, name, refs, rows, totals, OffsetDateTime.now(clock));
    }

    /**
     * For each deadline, each province's districts per standing: a province's districts share its
     * due day, so the running counts of its reports (by state and first-on-time) become standings
     * without reading a district's report.
     */
    private Map<UUID, Map<String, Tally>> provinceTallies(List<Deadline> list, List<AreaName> provinces) {
        Set<UUID> ids = list.stream().map(Deadline::getId).collect(Collectors.toSet());
        Map<UUID, Map<String, List<ProvinceTally>>> counts = reports.provinceTallies(ids).stream()
                .collect(Collectors.groupingBy(ProvinceTally::deadlineId, Collectors.groupingBy(ProvinceTally::provinceCode)));
        Map<UUID, DueDates> dueDates = deadlines.dueDates(list);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, Map<String, Tally>> result = new HashMap<>();
        for (Deadline deadline : list) {
            Map<String, Tally> ofDeadline = new HashMap<>();
            for (AreaName province : provinces) {
                LocalDate due = dueDates.get(deadline.getId()).dueFor(province.code());
                Tally tally = new Tally();
                int reported = 0;
                for (ProvinceTally t : counts.getOrDefault(deadline.getId(), Map.of()).getOrDefault(province.code(), List.of())) {
                    tally.add(Standings.of(t.state(), t.onTime(), due, now, clock.getZone()), t.onTime(), t.reports());
                    reported += t.reports();
                }
                int districts = geo.districtCodesOf(province.code()).size();
                tally.add(Standings.of(null, null, due, now, clock.getZone()), false, districts - reported);
                ofDeadline.put(province.code(), tally);
            }
            result.put(deadline.getId(), ofDeadline);
        }
        return result;
    }

    private static Tally nationalTotal(Map<String, Tally> byProvince) {
        Tally total = new Tally();
        byProvince.values().forEach(total::add);
        return total;
    }

    /** Deadlines from 30 days ago onwards, nearest first, with the caller's standing or counts. */
    public List<MyDeadline> upcoming() {
        Area area = areas.resolve(null);
        LocalDate today = LocalDate.now(clock);
        List<Deadline> coming = deadlines.all().stream()
                .filter(d -> !d.getDueOn().isBefore(today.minusDays(30)) && !d.getDueOn().isAfter(today.plusDays(200)))
                .toList();
        if (area.isNational()) {
            Map<UUID, Map<String, Tally>> byProvince = provinceTallies(coming, areas.children(area));
            return nearestFirst(coming.stream().map(d -> new MyDeadline(DeadlineRef.of(d, d.getDueOn()),
                    ChronoUnit.DAYS.between(today, d.getDueOn()), null,
                    nationalTotal(byProvince.get(d.getId())).cell(d.getId()).counts())));
        }
        Grid grid = grid(area, coming);
        Map<UUID, DueDates> dueDates = deadlines.dueDates(coming);
        return nearestFirst(coming.stream().map(d -> {
            LocalDate due = dueDates.get(d.getId()).dueFor(area.code());
            if (area.level() == AreaLevel.DISTRICT) {
                return new MyDeadline(DeadlineRef.of(d, due), ChronoUnit.DAYS.between(today, due),
                        grid.standing(d.getId(), area.code()), null);
            }
            return new MyDeadline(DeadlineRef.of(d, due), ChronoUnit.DAYS.between(today, due), null,
                    counted(d.getId(), grid).counts());
        }));
    }

    private static List<MyDeadline> nearestFirst(Stream<MyDeadline> deadlines) {
        return deadlines.sorted((a, b) -> a.deadline().dueOn().compareTo(b.deadline().dueOn())).toList();
    }

    /** Standings of a province's districts, or of one district; the nation reads the province tallies. */
    private Grid grid(Area area, List<Deadline> list) {
        List<String> districts = area.level() == AreaLevel.DISTRICT ? List.of(area.code()) : geo.districtCodesOf(area.code());
        Set<UUID> ids = list.stream().map(Deadline::getId).collect(Collectors.toSet());
        Map<UUID, Map<String, ReportStatus>> byDeadline = reports.statusesUnder(area.scope(), area.code(), ids).stream()
                .collect(Collectors.groupingBy(ReportStatus::deadlineId,
                        Collectors.toMap(ReportStatus::districtCode, Function.identity())));
        Map<UUID, DueDates> dueDates = deadlines.dueDates(list);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, Map<String, Standing>> standings = new HashMap<>();
        for (Deadline deadline : list) {
            DueDates dates = dueDates.get(deadline.getId());
            Map<String, ReportStatus> statuses = byDeadline.getOrDefault(deadline.getId(), Map.of());
            Map<String, Standing> ofDeadline = new HashMap<>();
            for (String district : districts) {
                ofDeadline.put(district, Standings.of(statuses.get(district), dates.dueFor(district), now, clock.getZone()));
            }
            standings.put(deadline.getId(), ofDeadline);
        }
        return new Grid(districts, byDeadline, standings);
    }

    /** Counts per standing of the grid's districts. */
    private static Cell counted(UUID deadlineId, Grid grid) {
        Tally tally = new Tally();
        for (String district : grid.districts()) {
            tally.add(grid.standing(deadlineId, district), grid.firstSubmissionOnTime(deadlineId, district), 1);
        }
        return tally.cell(deadlineId);
    }

    /**
     * Districts per standing, and how many submitted first on time (every first submission that was
     * on time counts, whatever came after).
     */
    private static final class Tally {
        private final Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        private int districts;
        private int submitted;
        private int onTime;

        Tally() {
            for (Standing s : Standings.OF_DISTRICTS) {
                counts.put(s, 0);
            }
        }

        void add(Standing standing, boolean firstOnTime, int howMany) {
            counts.merge(standing, howMany, Integer::sum);
            districts += howMany;
            submitted += Standings.submitted(standing) ? howMany : 0;
            onTime += firstOnTime ? howMany : 0;
        }

        void add(Tally other) {
            other.counts.forEach((standing, count) -> counts.merge(standing, count, Integer::sum));
            districts += other.districts;
            submitted += other.submitted;
            onTime += other.onTime;
        }

        Cell cell(UUID deadlineId) {
            Double submittedRate = districts == 0 ? null : round((double) submitted / districts);
            Double onTimeRate = districts == 0 ? null : round((double) onTime / districts);
            return new Cell(deadlineId, null, counts, submittedRate, onTimeRate);
        }
    }

    private static double round(double rate) {
        return Math.round(rate * 10_000) / 10_000.0;
    }

    /** Standings of districts for deadlines, each computed once per (deadline, district). */
    private record Grid(List<String> districts, Map<UUID, Map<String, ReportStatus>> reports,
            Map<UUID, Map<String, Standing>> standings) {

        Standing standing(UUID deadlineId, String district) {
            return standings.get(deadlineId).get(district);
        }

        boolean firstSubmissionOnTime(UUID deadlineId, String district) {
            ReportStatus report = reports.getOrDefault(deadlineId, Map.of()).get(district);
            return report != null && Boolean.TRUE.equals(report.onTime());
        }
    }
}
