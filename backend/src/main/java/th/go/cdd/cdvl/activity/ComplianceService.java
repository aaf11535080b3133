package th.go.cdd.cdvl.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import th.go.cdd.cdvl.activity.ComplianceRepository.CenterCounts;
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
        List<CenterCounts> centers = figures.centerCounts(area.scope(), area.code(), year, quarter == null ? 0 : quarter);
        List<Row> rows = new ArrayList<>();
        if (area.level() == AreaLevel.DISTRICT) {
            centers.forEach(c -> rows.add(centerRow(c)));
        } else {
            Map<String, List<CenterCounts>> byChild = new LinkedHashMap<>();
            areas.children(area).forEach(child -> byChild.put(child.code(), new ArrayList<>()));
            int digits = area.isNational() ? 2 : 4;
            centers.forEach(c -> byChild.computeIfAbsent(c.subdistrictCode().substring(0, digits), k -> new ArrayList<>()).add(c));
            byChild.forEach((code, list) -> rows.add(new Row(ref(code), null, null, figuresOf(list))));
        }
        List<Row> nonCompliant = area.isNational() ? null
                : centers.stream().filter(c -> c.total() == 0).map(ComplianceService::centerRow).toList();
        String labelTh = quarter == null ? "ปีงบประมาณ " + year : FiscalQuarter.of(year, quarter).labelTh();
        String labelEn = quarter == null ? "FY" + year : FiscalQuarter.of(year, quarter).labelEn();
        return new ComplianceView(year, quarter, labelTh, labelEn, ref(area), figuresOf(centers), rows, nonCompliant);
    }

    public CoverageView coverage(String areaCode, Integer fiscalYear) {
        Area area = areas.resolve(areaCode);
        int year = yearOrCurrent(fiscalYear);
        List<TypeCount> counts = figures.typeCounts(area.scope(), area.code(), year);
        Map<ActivityType, Integer> totals = zeroCounts();
        counts.forEach(c -> totals.merge(c.type(), c.count(), Integer::sum));
        List<ActivityType> never = Arrays.stream(ActivityType.values()).filter(t -> totals.get(t) == 0).toList();

        Map<String, CoverageRow> rows = new LinkedHashMap<>();
        Function<TypeCount, String> key;
        if (area.level() == AreaLevel.DISTRICT) {
            key = c -> c.centerId().toString();
            for (TypeCount c : counts) {
                rows.computeIfAbsent(key.apply(c), k -> new CoverageRow(null, c.centerId(), c.centerName(), zeroCounts()));
            }
        } else {
            int digits = area.isNational() ? 2 : 4;
            key = c -> c.subdistrictCode().substring(0, digits);
            areas.children(area).forEach(child -> rows.put(child.code(), new CoverageRow(ref(child.code()), null, null, zeroCounts())));
            counts.forEach(c -> rows.computeIfAbsent(key.apply(c), k -> new CoverageRow(ref(k), null, null, zeroCounts())));
        }
        counts.forEach(c -> rows.get(key.apply(c)).counts().merge(c.type(), c.count(), Integer::sum));
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
        int compliant = 0;
        Map<ActivityCategory, Integer> byCategory = new EnumMap<>(ActivityCategory.class);
        for (ActivityCategory category : ActivityCategory.values()) {
            byCategory.put(category, 0);
        }
        for (CenterCounts c : centers) {
            compliant += c.total() > 0 ? 1 : 0;
            byCategory.merge(ActivityCategory.MISSION, c.mission(), Integer::sum);
            byCategory.merge(ActivityCategory.DIMENSION, c.dimension(), Integer::sum);
            byCategory.merge(ActivityCategory.NATIONAL_DAY, c.nationalDay(), Integer::sum);
        }
        int activities = byCategory.values().stream().mapToInt(Integer::intValue).sum();
        double rate = centers.isEmpty() ? 0 : Math.round(10_000.0 * compliant / centers.size()) / 10_000.0;
        return new Figures(centers.size(), compliant, centers.size() - compliant, rate, activities, byCategory);
    }

    private static Map<ActivityType, Integer> zeroCounts() {
        Map<ActivityType, Integer> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            counts.put(type, 0);
        }
        return counts;
    }
}
