package th.go.cdd.cdvl.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityType;
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

    /** A plan of the year with one of its lines in the quarter, or with {@code type} null when it has none there. */
    public record QuarterLine(UUID centerId, String subdistrictCode, PlanState state, ActivityType type) {
    }

    /**
     * The year's plans of the centers under an area with their lines of one quarter, in plan order:
     * a row per line, one row with no line for a plan without any that quarter. Plain rows rather
     * than plans with all their lines, as a report reads the whole nation's.
     */
    public List<QuarterLine> quarterLines(AreaScope scope, String areaCode, int fiscalYear, int quarter) {
        AreaScope.Like where = scope.like("p.subdistrictCode", areaCode);
        return where.bind(getEntityManager().createQuery("select p.centerId, p.subdistrictCode, p.state, l.type from DrivingPlan p"
                        + " left join p.lines l on l.quarter = :quarter where " + where + " and p.fiscalYear = :year"
                        + " order by p.centerId, l.position", Object[].class))
                .setParameter("quarter", quarter).setParameter("year", fiscalYear).getResultList().stream()
                .map(r -> new QuarterLine((UUID) r[0], (String) r[1], (PlanState) r[2], (ActivityType) r[3]))
                .toList();
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
