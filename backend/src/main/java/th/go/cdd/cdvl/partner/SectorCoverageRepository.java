package th.go.cdd.cdvl.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** The figures behind sector coverage: active centers of an area with the sectors of their partners in a year. */
@ApplicationScoped
public class SectorCoverageRepository {

    /** An active center and one sector of its partners that year (null: a center without partners). */
    public record CenterSector(UUID centerId, String centerName, String subdistrictCode, Sector sector) {
    }

    /** The partners of a sector linked to the area's active centers that year, and their budget. */
    public record SectorTotal(Sector sector, int partners, BigDecimal budget) {
    }

    private final EntityManager em;

    public SectorCoverageRepository(EntityManager em) {
        this.em = em;
    }

    /** One row per active center and sector, centers in order of sub-district and name. */
    @SuppressWarnings("unchecked")
    public List<CenterSector> centerSectors(AreaScope scope, String areaCode, int year) {
        AreaScope.Like inArea = scope.like("c.subdistrict_code", areaCode);
        List<Object[]> result = inArea.bind(em.createNativeQuery("""
                select c.id, c.name, c.subdistrict_code, p.sector
                from center c
                left join partner_link l on l.center_id = c.id and l.fiscal_year = :year
                left join partner p on p.id = l.partner_id
                where c.status = 'ACTIVE' and %s
                group by c.id, c.name, c.subdistrict_code, p.sector
                order by c.subdistrict_code, c.name, c.id""".formatted(inArea)))
                .setParameter("year", year)
                .getResultList();
        return result.stream().map(r -> new CenterSector((UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : Sector.valueOf((String) r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<SectorTotal> sectorTotals(AreaScope scope, String areaCode, int year) {
        AreaScope.Like inArea = scope.like("l.subdistrict_code", areaCode);
        List<Object[]> result = inArea.bind(em.createNativeQuery("""
                select p.sector, count(distinct p.id), coalesce(sum(l.budget_baht), 0)
                from partner_link l join partner p on p.id = l.partner_id join center c on c.id = l.center_id
                where l.fiscal_year = :year and c.status = 'ACTIVE'
                  and %s
                group by p.sector""".formatted(inArea)))
                .setParameter("year", year)
                .getResultList();
        return result.stream().map(r -> new SectorTotal(Sector.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                (BigDecimal) r[2])).toList();
    }

    /** A district's partners of one sector that year: the centers they work with, how many, their budget. */
    public record DistrictSector(String districtCode, Sector sector, int centers, int partners, BigDecimal budget) {
    }

    /** {@link #sectorTotals} and the centers per sector, district by district, in one query. */
    @SuppressWarnings("unchecked")
    public List<DistrictSector> districtSectors(AreaScope scope, String areaCode, int year) {
        AreaScope.Like inArea = scope.like("c.subdistrict_code", areaCode);
        List<Object[]> result = inArea.bind(em.createNativeQuery("""
                select c.district_code, p.sector, count(distinct c.id), count(distinct p.id), coalesce(sum(l.budget_baht), 0)
                from partner_link l join partner p on p.id = l.partner_id join center c on c.id = l.center_id
                where l.fiscal_year = :year and c.status = 'ACTIVE'
                  and %s
                group by c.district_code, p.sector""".formatted(inArea)))
                .setParameter("year", year)
                .getResultList();
        return result.stream().map(r -> new DistrictSector((String) r[0], Sector.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), (BigDecimal) r[4])).toList();
    }
}
