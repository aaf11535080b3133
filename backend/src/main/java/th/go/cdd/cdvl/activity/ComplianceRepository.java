package th.go.cdd.cdvl.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * The figures behind compliance and coverage. They read the running tallies the database keeps
 * in the same transaction as every activity write (migration V202611252200), so national figures
 * cost one row per district, not one per activity, and are never stale.
 */
@ApplicationScoped
public class ComplianceRepository {

    /** Activity counts by category: of one center, or summed over an area's active centers. */
    public record Counts(int mission, int dimension, int nationalDay) {

        int total() {
            return mission + dimension + nationalDay;
        }
    }

    /** One active center with its activity counts in the period. */
    public record CenterCounts(UUID centerId, String centerName, String subdistrictCode, Counts counts) {
    }

    /** An area's active centers, how many held an activity in the period, and their activities. */
    public record AreaCounts(String areaCode, int centers, int compliantCenters, Counts counts) {
    }

    /** Activities of one type held by one center in the year. */
    public record TypeCount(UUID centerId, String centerName, String subdistrictCode, ActivityType type, int count) {
    }

    /** Activities of one type held in an area (a province or district) in the year. */
    public record AreaTypeCount(String areaCode, ActivityType type, int count) {
    }

    private final EntityManager em;

    public ComplianceRepository(EntityManager em) {
        this.em = em;
    }

    /** {@code quarter} 0 means the whole fiscal year. */
    @SuppressWarnings("unchecked")
    public List<CenterCounts> centerCounts(AreaScope scope, String areaCode, int fiscalYear, int quarter) {
        AreaScope.Like inArea = scope.like("c.subdistrict_code", areaCode);
        List<Object[]> rows = inArea.bind(em.createNativeQuery("""
                select c.id, c.name, c.subdistrict_code,
                       coalesce(t.mission, 0), coalesce(t.dimension, 0), coalesce(t.national_day, 0)
                from center c
                left join center_tally t on t.center_id = c.id and t.fiscal_year = :year and t.quarter = :quarter
                where c.status = 'ACTIVE' and %s
                order by c.subdistrict_code, c.name""".formatted(inArea)))
                .setParameter("year", fiscalYear)
                .setParameter("quarter", quarter)
                .getResultList();
        return rows.stream().map(r -> new CenterCounts((UUID) r[0], (String) r[1], (String) r[2],
                new Counts(number(r[3]), number(r[4]), number(r[5])))).toList();
    }

    /**
     * Figures per child area under {@code areaCode}, the child being the first {@code digits} of
     * the district code (2: provinces, 4: districts). {@code quarter} 0 means the whole fiscal year.
     */
    @SuppressWarnings("unchecked")
    public List<AreaCounts> areaCounts(AreaScope scope, String areaCode, int digits, int fiscalYear, int quarter) {
        AreaScope.Like inArea = scope.like("district_code", areaCode);
        List<Object[]> rows = inArea.bind(em.createNativeQuery("""
                select a.code, a.centers, coalesce(t.compliant, 0), coalesce(t.mission, 0), coalesce(t.dimension, 0),
                       coalesce(t.national_day, 0)
                from (select left(district_code, :digits) as code, count(*) as centers
                      from center
                      where status = 'ACTIVE' and %1$s
                      group by 1) a
                left join (select left(district_code, :digits) as code, sum(compliant_centers) as compliant,
                                  sum(mission) as mission, sum(dimension) as dimension, sum(national_day) as national_day
                           from district_tally
                           where fiscal_year = :year and quarter = :quarter and %1$s
                           group by 1) t on t.code = a.code
                order by a.code""".formatted(inArea)))
                .setParameter("digits", digits)
                .setParameter("year", fiscalYear)
                .setParameter("quarter", quarter)
                .getResultList();
        return rows.stream().map(r -> new AreaCounts((String) r[0], number(r[1]), number(r[2]),
                new Counts(number(r[3]), number(r[4]), number(r[5])))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<TypeCount> typeCounts(AreaScope scope, String areaCode, int fiscalYear) {
        AreaScope.Like inArea = scope.like("a.subdistrict_code", areaCode);
        List<Object[]> rows = inArea.bind(em.createNativeQuery("""
                select c.id, c.name, c.subdistrict_code, a.activity_type, count(*)
                from activity a join center c on c.id = a.center_id
                where a.fiscal_year = :year and a.voided_at is null
                  and %s
                group by c.id, c.name, c.subdistrict_code, a.activity_type""".formatted(inArea)))
                .setParameter("year", fiscalYear)
                .getResultList();
        return rows.stream().map(r -> new TypeCount((UUID) r[0], (String) r[1], (String) r[2],
                ActivityType.valueOf((String) r[3]), number(r[4]))).toList();
    }

    /** Activities per type and district under an area (a province), in the year. */
    @SuppressWarnings("unchecked")
    public List<AreaTypeCount> districtTypeCounts(AreaScope scope, String areaCode, int fiscalYear) {
        AreaScope.Like inArea = scope.like("district_code", areaCode);
        List<Object[]> rows = inArea.bind(em.createNativeQuery("""
                select district_code, activity_type, activities
                from district_type_tally
                where fiscal_year = :year and %s and activities <> 0""".formatted(inArea)))
                .setParameter("year", fiscalYear)
                .getResultList();
        return areaTypeCounts(rows);
    }

    /** Activities per type and province in the year, from their own running tally (migration V202611260100). */
    @SuppressWarnings("unchecked")
    public List<AreaTypeCount> provinceTypeCounts(int fiscalYear) {
        return areaTypeCounts(em.createNativeQuery("""
                select province_code, activity_type, activities
                from province_type_tally
                where fiscal_year = :year and activities <> 0""")
                .setParameter("year", fiscalYear)
                .getResultList());
    }

    private static List<AreaTypeCount> areaTypeCounts(List<Object[]> rows) {
        return rows.stream().map(r -> new AreaTypeCount((String) r[0], ActivityType.valueOf((String) r[1]), number(r[2])))
                .toList();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
