package th.go.cdd.cdvl.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.activity.ComplianceRepository.AreaTypeCount;
import th.go.cdd.cdvl.activity.ComplianceRepository.CenterCounts;
import th.go.cdd.cdvl.activity.ComplianceRepository.Counts;
import th.go.cdd.cdvl.activity.ComplianceRepository.TypeCount;
import th.go.cdd.cdvl.activity.ComplianceViews.AreaRef;
import th.go.cdd.cdvl.activity.ComplianceViews.ComplianceView;
import th.go.cdd.cdvl.activity.ComplianceViews.CoverageRow;
import th.go.cdd.cdvl.activity.ComplianceViews.CoverageView;
import th.go.cdd.cdvl.activity.ComplianceViews.Figures;
import th.go.cdd.cdvl.activity.ComplianceViews.Row;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalQuarter;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;

/**
 * The rule the program is judged by: every active center holds at least one activity per quarter.
 * Figures roll up from centers to districts, provinces and the nation; rows drill one level down
 * (provinces under the nation, districts under a province, centers under a district).
 */
@ApplicationScoped
public class ComplianceService {


    private final ComplianceRepository figures;
    private final AreaResolver areas;
    private final GeoService geo;
    private final Clock clock;

    public ComplianceService(ComplianceRepository figures, AreaResolver areas, GeoService geo, Clock clock) {
        this.figures = figures;
        this.areas = areas;
        this.geo = geo;
        this.clock = clock;
    }

    public ComplianceView compliance(String areaCode, Integer fiscalYear, Integer quarter) {
        Area area = areas.resolve(areaCode);
        int year = yearOrCurrent(fiscalYear);
        int period = quarter == null ? 0 : quarter;
        String labelTh = quarter == null ? "ปีงบประมาณ " + year : FiscalQuarter.of(year, quarter).labelTh();
        String labelEn = quarter == null ? "FY" + year : FiscalQuarter.of(year, quarter).labelEn();
        if (area.isNational()) {
            Map<String, Figures> byProvince = new LinkedHashMap<>();
            areas.children(area).forEach(child -> byProvince.put(child.code(), Figures.NONE));
            figures.areaCounts(area.scope(), "", 2, year, period)
                    .forEach(a -> byProvince.put(a.areaCode(), figures(a.centers(), a.compliantCenters(), a.counts())));
            List<Row> rows = byProvince.entrySet().stream().map(e -> new Row(ref(e.getKey()), null, null, e.getValue())).toList();
            return new ComplianceView(year, quarter, labelTh, labelEn, ref(area), sum(byProvince.values()), rows, null);
        }
        List<CenterCounts> centers = figures.centerCounts(area.scope(), area.code(), year, period);
        List<Row> rows = new ArrayList<>();
        if (area.level() == AreaLevel.DISTRICT) {
            centers.forEach(c -> rows.add(centerRow(c)));
        } else {
            Map<String, List<CenterCounts>> byDistrict = new LinkedHashMap<>();
            areas.children(area).forEach(child -> byDistrict.put(child.code(), new ArrayList<>()));
            centers.forEach(c -> byDistrict.computeIfAbsent(c.subdistrictCode().substring(0, 4), k -> new ArrayList<>()).add(c));
            byDistrict.forEach((code, list) -> rows.add(new Row(ref(code), null, null, figuresOf(list))));
        }
        List<Row> nonCompliant = centers.stream().filter(c -> c.counts().total() == 0).map(ComplianceService::centerRow).toList();
        return new ComplianceView(year, quarter, labelTh, labelEn, ref(area), figuresOf(centers), rows, nonCompliant);
    }

    /**
     * The compliance figures of every district under an area (a district: itself) in a quarter,
     * from the running tallies: one query, one row per district. Districts without an active center
     * are absent.
     */
    public Map<String, Figures> figuresByDistrict(String areaCode, int fiscalYear, int quarter) {
        Area area = areas.resolve(areaCode);
        Map<String, Figures> byDistrict = new LinkedHashMap<>();
        figures.areaCounts(area.scope(), area.code(), 4, fiscalYear, quarter)
                .forEach(a -> byDistrict.put(a.areaCode(), figures(a.centers(), a.compliantCenters(), a.counts())));
        return byDistrict;
    }

    public CoverageView coverage(String areaCode, Integer fiscalYear) {
        Area area = areas.resolve(areaCode);
        int year = yearOrCurrent(fiscalYear);
        Map<String, CoverageRow> rows = new LinkedHashMap<>();
        if (area.level() == AreaLevel.DISTRICT) {
            for (TypeCount c : figures.typeCounts(area.scope(), area.code(), year)) {
                rows.computeIfAbsent(c.centerId().toString(), k -> new CoverageRow(null, c.centerId(), c.centerName(), zeroCounts()))
                        .counts().merge(c.type(), c.count(), Integer::sum);
            }
        } else {
            areas.children(area).forEach(child -> rows.put(child.code(), new CoverageRow(ref(child.code()), null, null, zeroCounts())));
            List<AreaTypeCount> counts = area.isNational() ? figures.provinceTypeCounts(year)
                    : figures.districtTypeCounts(area.scope(), area.code(), year);
            for (AreaTypeCount c : counts) {
                rows.computeIfAbsent(c.areaCode(), k -> new CoverageRow(ref(k), null, null, zeroCounts()))
                        .counts().merge(c.type(), c.count(), Integer::sum);
            }
        }
        Map<ActivityType, Integer> totals = zeroCounts();
        rows.values().forEach(row -> row.counts().forEach((type, count) -> totals.merge(type, count, Integer::sum)));
        List<ActivityType> never = Arrays.stream(ActivityType.values()).filter(t -> totals.get(t) == 0).toList();
        return new CoverageView(year, ref(area), List.of(ActivityType.values()), totals, never, List.copyOf(rows.values()));
    }

    private int yearOrCurrent(Integer fiscalYear) {
        if (fiscalYear == null) {
            return FiscalCalendar.fiscalYearOf(LocalDate.now(clock));
        }
        if (fiscalYear < 2500 || fiscalYear > 2700) {
            throw ProblemException.badRequest("request.filter.invalid", "fiscalYear is a Buddhist-era year such as 2568.");
        }
        return fiscalYear;
    }


    private AreaRef ref(String code) {
        AreaName name = geo.nameOf(code).orElse(new AreaName(code, code, code));
        return new AreaRef(code.length() == 2 ? AreaLevel.PROVINCE : AreaLevel.DISTRICT, code, name.nameTh(), name.nameEn());
    }

    private static AreaRef ref(Area area) {
        return new AreaRef(area.level(), area.isNational() ? null : area.code(), area.nameTh(), area.nameEn());
    }

    private static Row centerRow(CenterCounts c) {
        return new Row(null, c.centerId(), c.centerName(), figuresOf(List.of(c)));
    }

    static Figures figuresOf(List<CenterCounts> centers) {
        int compliant = (int) centers.stream().filter(c -> c.counts().total() > 0).count();
        Counts counts = new Counts(centers.stream().mapToInt(c -> c.counts().mission()).sum(),
                centers.stream().mapToInt(c -> c.counts().dimension()).sum(),
                centers.stream().mapToInt(c -> c.counts().nationalDay()).sum());
        return figures(centers.size(), compliant, counts);
    }

    private static Figures sum(Collection<Figures> parts) {
        return parts.stream().reduce(Figures.NONE, Figures::plus);
    }

    private static Figures figures(int centers, int compliant, Counts counts) {
        return Figures.of(centers, compliant, counts.mission(), counts.dimension(), counts.nationalDay());
    }

    private static Map<ActivityType, Integer> zeroCounts() {
        Map<ActivityType, Integer> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            counts.put(type, 0);
        }
        return counts;
    }
}
