package th.go.cdd.cdvl.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** The aggregations behind compliance and coverage: one grouped query each, per center. */
@ApplicationScoped
public class ComplianceRepository {

    /** One active center with its activity counts by category in the period. */
    public record CenterCounts(UUID centerId, String centerName, String subdistrictCode, int mission, int dimension,
            int nationalDay) {

        int total() {
            return mission + dimension + nationalDay;
        }
    }

    /** Activities of one type held by one center in the year. */
    public record TypeCount(UUID centerId, String centerName, String subdistrictCode, ActivityType type, int count) {
    }

    private final EntityManager em;

    public ComplianceRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code quarter} 0 means the whole fiscal year. */
    @SuppressWarnings("unchecked")
    public List<CenterCounts> centerCounts(AreaScope scope, String areaCode, int fiscalYear, int quarter) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.name, c.subdistrict_code,
                       count(a.id) filter (where a.category = 'MISSION'),
                       count(a.id) filter (where a.category = 'DIMENSION'),
                       count(a.id) filter (where a.category = 'NATIONAL_DAY')
                from center c
                left join activity a on a.center_id = c.id and a.fiscal_year = :year and (:quarter = 0 or a.quarter = :quarter)
                where c.status = 'ACTIVE' and c.subdistrict_code like :scope and c.subdistrict_code like :area
                group by c.id, c.name, c.subdistrict_code
                order by c.subdistrict_code, c.name""")
                .setParameter("year", fiscalYear)
                .setParameter("quarter", quarter)
                .setParameter("scope", scope.prefix() + "%")
                .setParameter("area", areaCode + "%")
                .getResultList();
        return rows.stream().map(r -> new CenterCounts((UUID) r[0], (String) r[1], (String) r[2], number(r[3]),
                number(r[4]), number(r[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<TypeCount> typeCounts(AreaScope scope, String areaCode, int fiscalYear) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.name, c.subdistrict_code, a.activity_type, count(*)
                from activity a join center c on c.id = a.center_id
                where a.fiscal_year = :year and a.subdistrict_code like :scope and a.subdistrict_code like :area
                group by c.id, c.name, c.subdistrict_code, a.activity_type""")
                .setParameter("year", fiscalYear)
                .setParameter("scope", scope.prefix() + "%")
                .setParameter("area", areaCode + "%")
                .getResultList();
        return rows.stream().map(r -> new TypeCount((UUID) r[0], (String) r[1], (String) r[2],
                ActivityType.valueOf((String) r[3]), number(r[4]))).toList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
