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
