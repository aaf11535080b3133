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

    /** The plans of the year of the centers under an area, with their lines. */
    public List<DrivingPlan> inArea(AreaScope scope, String areaCode, int fiscalYear) {
        AreaScope.Like where = scope.like("p.subdistrictCode", areaCode);
        return find("select distinct p from DrivingPlan p left join fetch p.lines where " + where + " and p.fiscalYear = :year",
                where.parameters().and("year", fiscalYear)).list();
    }

    /** Active centers per area one level down, the denominator of the share of centers with a plan. */
    @SuppressWarnings("unchecked")
    public List<AreaCenters> activeCenters(AreaScope scope, String areaCode, int childLength) {
        AreaScope.Like where = scope.like("c.subdistrict_code", areaCode);
        List<Object[]> rows = where.bind(getEntityManager().createNativeQuery(
                "select left(c.subdistrict_code, " + childLength + "), count(*) from center c where c.status = 'ACTIVE' and " + where
                        + " group by 1 order by 1"))
                .getResultList();
        return rows.stream().map(r -> new AreaCenters((String) r[0], ((Number) r[1]).intValue())).toList();
    }
}
