package th.go.cdd.cdvl.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.go.cdd.cdvl.calendar.FiscalYearService;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DeadlineService;
import th.go.cdd.cdvl.reporting.deadline.DueDates;
import th.go.cdd.cdvl.reporting.report.ReportViews.DeadlineRef;
import th.go.cdd.cdvl.reporting.report.ReportViews.NationalProvinceRow;
import th.go.cdd.cdvl.reporting.report.ReportViews.NationalReport;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * The department's roll-up of a quarterly deadline (issue 14 §2): the last link of the chain
 * district → province → department. Each province counts with what it sent: the figures of its
 * report once that is with the department or accepted, else its districts summed exactly as its own
 * report prefills them ({@link DistrictSums}). The nation's totals are the sum of the provinces'.
 * Example: Lampang submitted its report, Phrae has not; the totals add Lampang's report as submitted
 * and Phrae's districts as they stand (their submitted reports, the live data of the rest).
 * <p>Reads: every district report of the deadline and every province report (two queries), the live
 * figures of the districts not yet with their province (a few grouped queries), whatever the area.
 */
@ApplicationScoped
public class NationalReportService {

    private final DeadlineService deadlines;
    private final FiscalYearService fiscalYears;
    private final DistrictReportRepository districtReports;
    private final ProvinceReportRepository provinceReports;
    private final DistrictSums sums;
    private final AreaResolver areas;
    private final GeoService geo;
    private final CurrentUser user;
    private final ReportJson json;
    private final ReportXlsx xlsx;
    private final Clock clock;

    public NationalReportService(DeadlineService deadlines, FiscalYearService fiscalYears, DistrictReportRepository districtReports,
            ProvinceReportRepository provinceReports, DistrictSums sums, AreaResolver areas, GeoService geo, CurrentUser user,
            ReportJson json, ReportXlsx xlsx, Clock clock) {
        this.deadlines = deadlines;
        this.fiscalYears = fiscalYears;
        this.districtReports = districtReports;
        this.provinceReports = provinceReports;
        this.sums = sums;
        this.areas = areas;
        this.geo = geo;
        this.user = user;
        this.json = json;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    public NationalReport report(UUID deadlineId) {
        Deadline deadline = ProvinceReportService.requireQuarterly(deadlines.require(deadlineId));
        AreaScope scope = user.scope();
        List<AreaName> provinces = areas.provincesIn(scope);
        Map<String, DistrictReport> byDistrict = new HashMap<>();
        districtReports.under(scope, "", deadlineId).forEach(r -> byDistrict.put(r.getDistrictCode(), r));
        Map<String, ProvinceReport> byProvince = new HashMap<>();
        provinceReports.ofDeadline(scope, deadlineId).forEach(r -> byProvince.put(r.getProvinceCode(), r));
        List<String> districtCodes = provinces.stream().flatMap(p -> geo.districtCodesOf(p.code()).stream()).toList();
        Map<String, ReportFigures.Quarterly> districtFigures = sums.byDistrict(deadline, scope.prefix(), byDistrict, districtCodes);

        DueDates due = deadlines.dueDates(deadline);
        LocalDate provinceDue = deadline.getProvinceReportDueOn();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZoneId zone = clock.getZone();
        List<NationalProvinceRow> rows = new ArrayList<>();
        List<Standing> allDistricts = new ArrayList<>();
        int firstOnTime = 0;
        for (AreaName province : provinces) {
            List<String> codes = geo.districtCodesOf(province.code());
            List<Standing> standings = new ArrayList<>();
            for (String code : codes) {
                DistrictReport r = byDistrict.get(code);
                standings.add(Standings.of(r == null ? null : r.status(), due.dueFor(code), now, zone));
                firstOnTime += r != null && Boolean.TRUE.equals(r.getOnTime()) ? 1 : 0;
            }
            allDistricts.addAll(standings);
            ProvinceReport report = byProvince.get(province.code());
            ReportFigures.Quarterly submitted = report != null && report.frozen()
                    && json.figures(report.getFigures()) instanceof ReportFigures.Quarterly q ? q : null;
            ReportFigures.Quarterly figures = submitted != null ? submitted
                    : DistrictSums.sum(codes.stream().map(districtFigures::get).toList());
            Standing standing = report == null ? Standings.of(null, null, provinceDue, now, zone)
                    : Standings.of(report.getState(), report.onTimeAgainst(provinceDue, zone), provinceDue, now, zone);
            rows.add(new NationalProvinceRow(province, figures, submitted != null, standing,
                    Standings.count(standings, Standings.OF_DISTRICTS)));
        }
        Map<Standing, Integer> provinceCounts = Standings.count(rows.stream().map(NationalProvinceRow::provinceReport).toList(),
                EnumSet.allOf(Standing.class));
        Double onTimeRate = allDistricts.isEmpty() ? null : Math.round(10_000.0 * firstOnTime / allDistricts.size()) / 10_000.0;
        return new NationalReport(DeadlineRef.of(deadline, deadline.getDueOn()), provinceDue,
                DistrictSums.sum(rows.stream().map(NationalProvinceRow::figures).toList()),
                Standings.count(allDistricts, Standings.OF_DISTRICTS), onTimeRate, provinceCounts, rows, now);
    }

    /**
     * The fiscal year's roll-up: the four quarterly roll-ups ({@link #report}), province by province.
     * Activities add up over the quarters; compliance stays per quarter (a center active in Q1 and
     * Q2 is not two centers); partners are the year's, as the latest quarter counts them.
     */
    public ReportViews.NationalYearReport year(int fiscalYear) {
        fiscalYears.get(fiscalYear);
        List<Deadline> quarters = deadlines.all().stream()
                .filter(d -> d.getFiscalYear() == fiscalYear && d.getKind() == Deadline.Kind.QUARTERLY_REPORT)
                .sorted(java.util.Comparator.comparing(Deadline::getQuarter)).toList();
        if (quarters.isEmpty()) {
            throw th.go.cdd.cdvl.common.error.ProblemException.notFound("reporting.deadline.not-found",
                    "Fiscal year " + fiscalYear + " has no quarterly deadlines.");
        }
        List<NationalReport> reports = quarters.stream().map(d -> report(d.getId())).toList();
        List<ReportViews.NationalYearRow> rows = new ArrayList<>();
        for (int i = 0; i < reports.get(0).provinces().size(); i++) {
            int p = i;
            List<NationalProvinceRow> ofProvince = reports.stream().map(r -> r.provinces().get(p)).toList();
            rows.add(new ReportViews.NationalYearRow(ofProvince.get(0).province(),
                    ReportViews.YearFigures.of(ofProvince.stream().map(NationalProvinceRow::figures).toList()),
                    ofProvince.stream().map(NationalProvinceRow::provinceReport).toList(),
                    added(ofProvince.stream().map(NationalProvinceRow::districtReports).toList())));
        }
        return new ReportViews.NationalYearReport(fiscalYear, reports.stream().map(NationalReport::deadline).toList(),
                ReportViews.YearFigures.of(reports.stream().map(NationalReport::totals).toList()), rows,
                added(reports.stream().map(NationalReport::districtReports).toList()),
                added(reports.stream().map(NationalReport::provinceReports).toList()), OffsetDateTime.now(clock));
    }

    private static Map<Standing, Integer> added(List<Map<Standing, Integer>> counts) {
        Map<Standing, Integer> sum = new java.util.EnumMap<>(Standing.class);
        counts.forEach(c -> c.forEach((standing, n) -> sum.merge(standing, n, Integer::sum)));
        return sum;
    }

    /** The year's roll-up as a workbook: one row per province, the quarters side by side. */
    public void writeXlsx(ReportViews.NationalYearReport report, OutputStream out) throws IOException {
        xlsx.writeNationalYear(report, out);
    }

    /** The roll-up as a workbook: the nation's figures, then the provinces row by row, then activities by type. */
    public void writeXlsx(NationalReport report, OutputStream out) throws IOException {
        xlsx.writeNational(report, out);
    }
}
