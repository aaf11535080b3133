package th.go.cdd.cdvl.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Driving plans of centers inside the caller's area, by the center's sub-district kept with each plan. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<DrivingPlan, UUID> {

    /** Active centers of an area one level down ({@code childLength} digits of the sub-district code). */
    public record AreaCenters(String areaCode, int centers) {
    }

    /** The year's plans of an area one level down: how many, how many confirmed, their planned lines and lines done. */
    public record AreaPlans(String areaCode, int plans, int confirmed, int lines, int done) {
    }

    public Optional<DrivingPlan> find(AreaScope scope, UUID centerId, int fiscalYear) {
        AreaScope.Like visible = scope.like("p.subdistrictCode");
        return find("from DrivingPlan p where " + visible + " and p.centerId = :center and p.fiscalYear = :year",
                visible.parameters().and("center", centerId).and("year", fiscalYear)).firstResultOptional();
    }

    /** The plans of the year of the centers under an area, with their lines. */
    public List<DrivingPlan> inArea(AreaScope scope, String areaCode, int fiscalYear) {
        AreaScope.Like where = scope.like("p.subdistrictCode", areaCode);
        return find("select distinct p from DrivingPlan p left join fetch p.lines where " + where + " and p.fiscalYear = :year",
                where.parameters().and("year", fiscalYear)).list();
    }

    /**
     * The year's plans of the centers under an area, added up per area one level down
     * ({@code childLength} digits of the sub-district code), with their lines and lines done as
     * {@link PlanAgainstActual} counts them. Read from the tallies triggers keep (migration
     * {@code V202612040500__plan_tally.sql}): per district ({@code district_plan_tally}) for the
     * nation's provinces and a province's districts, per plan ({@code plan_tally}) for a district's
     * sub-districts. One row per area that has (or had) a plan.
     */
    @SuppressWarnings("unchecked")
    public List<AreaPlans> summary(AreaScope scope, String areaCode, int fiscalYear, int childLength) {
        boolean byDistrict = childLength <= 4;
        AreaScope.Like where = scope.like(byDistrict ? "t.district_code" : "p.subdistrict_code", areaCode);
        String sql = byDistrict
                ? "select left(t.district_code, " + childLength + "), sum(t.plans), sum(t.confirmed), sum(t.lines), sum(t.done)"
                        + " from district_plan_tally t where t.fiscal_year = :year and " + where + " group by 1 order by 1"
                : "select left(p.subdistrict_code, " + childLength + "), count(*), count(*) filter (where p.state = 'CONFIRMED'),"
                        + " coalesce(sum(t.lines), 0), coalesce(sum(t.done), 0)"
                        + " from driving_plan p left join plan_tally t on t.plan_id = p.id"
                        + " where p.fiscal_year = :year and " + where + " group by 1 order by 1";
        List<Object[]> rows = where.bind(getEntityManager().createNativeQuery(sql)).setParameter("year", fiscalYear).getResultList();
        return rows.stream().map(r -> new AreaPlans((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    /** Active centers per area one level down, the denominator of the share of centers with a plan. */
    @SuppressWarnings("unchecked")
    public List<AreaCenters> activeCenters(AreaScope scope, String areaCode, int childLength) {
        // down to districts the district code (a prefix of the sub-district's) serves, from the index of active centers
        String column = childLength <= 4 ? "c.district_code" : "c.subdistrict_code";
        AreaScope.Like where = scope.like(column, areaCode);
        List<Object[]> rows = where.bind(getEntityManager().createNativeQuery(
                "select left(" + column + ", " + childLength + "), count(*) from center c where c.status = 'ACTIVE' and " + where
                        + " group by 1 order by 1"))
                .getResultList();
        return rows.stream().map(r -> new AreaCenters((String) r[0], ((Number) r[1]).intValue())).toList();
    }
}
