package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.partner.PartnerViews.SectorCoverageRow;
import th.go.cdd.cdvl.partner.PartnerViews.SectorCoverageView;
import th.go.cdd.cdvl.partner.PartnerViews.SectorFigures;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;

/**
 * Which of the 7 sectors support the active centers of an area in a fiscal year: per center, the
 * centers working with fewer than a chosen number of sectors, partners and budget by sector.
 * Rows drill down like the compliance figures: provinces, districts, then centers.
 */
@ApplicationScoped
public class SectorCoverageService {

    private record CenterSectors(UUID id, String name, String subdistrictCode, Set<Sector> sectors) {
    }

    private final SectorCoverageRepository coverage;
    private final AreaResolver areas;
    private final GeoService geo;
    private final Clock clock;

    public SectorCoverageService(SectorCoverageRepository coverage, AreaResolver areas, GeoService geo, Clock clock) {
        this.coverage = coverage;
        this.areas = areas;
        this.geo = geo;
        this.clock = clock;
    }

    public SectorCoverageView coverage(String areaCode, Integer fiscalYear, Integer minSectors) {
        Area area = areas.resolve(areaCode);
        int year = fiscalYear == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : fiscalYear;
        int minimum = minSectors == null ? 3 : minSectors;
        if (minimum < 1 || minimum > 7 || year < 2500 || year > 2700) {
            throw ProblemException.badRequest("request.filter.invalid",
                    "minSectors is 1 to 7 and fiscalYear a Buddhist-era year such as 2568.");
        }
        List<CenterSectors> centers = centerSectors(area, year);
        Map<Sector, Integer> centersBySector = zero(0);
        centers.forEach(c -> c.sectors().forEach(s -> centersBySector.merge(s, 1, Integer::sum)));
        Map<Sector, Integer> partnersBySector = zero(0);
        Map<Sector, BigDecimal> budgetBySector = zero(BigDecimal.ZERO);
        sectorTotals(area, year, partnersBySector, budgetBySector);

        List<SectorCoverageRow> rows = new ArrayList<>();
        if (area.level() == AreaLevel.DISTRICT) {
            centers.forEach(c -> rows.add(centerRow(c)));
        } else {
            Map<String, List<CenterSectors>> byChild = new LinkedHashMap<>();
            areas.children(area).forEach(child -> byChild.put(child.code(), new ArrayList<>()));
            int digits = area.isNational() ? 2 : 4;
            centers.forEach(c -> byChild.computeIfAbsent(c.subdistrictCode().substring(0, digits), k -> new ArrayList<>()).add(c));
            byChild.forEach((code, list) -> {
                Set<Sector> union = EnumSet.noneOf(Sector.class);
                list.forEach(c -> union.addAll(c.sectors()));
                rows.add(new SectorCoverageRow(geo.nameOf(code).orElse(new AreaName(code, code, code)), null, null, union,
                        union.size(), (int) list.stream().filter(c -> c.sectors().size() < minimum).count(), list.size()));
            });
        }
        List<SectorCoverageRow> below = area.level() == AreaLevel.DISTRICT
                ? centers.stream().filter(c -> c.sectors().size() < minimum).map(SectorCoverageService::centerRow).toList()
                : null;
        AreaName name = new AreaName(area.isNational() ? null : area.code(), area.nameTh(), area.nameEn());
        return new SectorCoverageView(year, minimum, name, centers.size(),
                (int) centers.stream().filter(c -> c.sectors().size() < minimum).count(), partnersBySector, budgetBySector,
                centersBySector, rows, below);
    }

    /**
     * The partners of every district under an area (a district: itself) in a fiscal year, sector by
     * sector ({@link SectorFigures}); districts without any partner link are absent.
     */
    public Map<String, SectorFigures> figuresByDistrict(String areaCode, int fiscalYear) {
        Area area = areas.resolve(areaCode);
        Map<String, SectorFigures> byDistrict = new TreeMap<>();
        for (SectorCoverageRepository.DistrictSector r : coverage.districtSectors(area.scope(), area.code(), fiscalYear)) {
            SectorFigures f = byDistrict.computeIfAbsent(r.districtCode(),
                    k -> new SectorFigures(zero(0), zero(BigDecimal.ZERO), zero(0)));
            f.partnersBySector().put(r.sector(), r.partners());
            f.budgetBySector().put(r.sector(), r.budget());
            f.centersBySector().put(r.sector(), r.centers());
        }
        return byDistrict;
    }

    private List<CenterSectors> centerSectors(Area area, int year) {
        Map<UUID, CenterSectors> centers = new LinkedHashMap<>();
        for (SectorCoverageRepository.CenterSector r : coverage.centerSectors(area.scope(), area.code(), year)) {
            CenterSectors c = centers.computeIfAbsent(r.centerId(),
                    id -> new CenterSectors(id, r.centerName(), r.subdistrictCode(), EnumSet.noneOf(Sector.class)));
            if (r.sector() != null) {
                c.sectors().add(r.sector());
            }
        }
        return List.copyOf(centers.values());
    }

    private void sectorTotals(Area area, int year, Map<Sector, Integer> partners, Map<Sector, BigDecimal> budget) {
        for (SectorCoverageRepository.SectorTotal total : coverage.sectorTotals(area.scope(), area.code(), year)) {
            partners.put(total.sector(), total.partners());
            budget.put(total.sector(), total.budget());
        }
    }

    private static SectorCoverageRow centerRow(CenterSectors c) {
        return new SectorCoverageRow(null, c.id(), c.name(), c.sectors(), c.sectors().size(), null, null);
    }

    private static <V> Map<Sector, V> zero(V value) {
        Map<Sector, V> map = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            map.put(sector, value);
        }
        return map;
    }
}
