package th.go.cdd.cdvl.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Visits of centers inside the caller's area, by the center's sub-district kept with each visit. */
@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<EvaluationVisit, UUID> {

    public record Filter(String areaCode, Integer fiscalYear, Integer quarter, UUID centerId) {
    }

    /** A center's latest visit of the year: what ranks it. */
    public record Latest(UUID visitId, UUID centerId, String centerName, String subdistrictCode, BigDecimal total, String level,
            LocalDate visitedOn) {
    }

    /** Active centers of an area (a code one level down) and the centers visited in each quarter. */
    public record Coverage(String areaCode, int centers, int q1, int q2, int q3, int q4) {
    }

    public Optional<EvaluationVisit> findVisible(AreaScope scope, UUID id) {
        AreaScope.Like visible = scope.like("v.subdistrictCode");
        return find("from EvaluationVisit v where " + visible + " and v.id = :id", visible.parameters().and("id", id))
                .firstResultOptional();
    }

    public PanacheQuery<EvaluationVisit> search(AreaScope scope, Filter filter, Sort sort) {
        AreaScope.Like where = scope.like("v.subdistrictCode", filter.areaCode() == null ? "" : filter.areaCode());
        StringBuilder hql = new StringBuilder("from EvaluationVisit v where ").append(where);
        Parameters params = where.parameters();
        if (filter.fiscalYear() != null) {
            hql.append(" and v.fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.quarter() != null) {
            hql.append(" and v.quarter = :quarter");
            params.and("quarter", filter.quarter());
        }
        if (filter.centerId() != null) {
            hql.append(" and v.centerId = :center");
            params.and("center", filter.centerId());
        }
        return find(hql.toString(), sort, params);
    }

    /** Whether any visit was scored under the rubric (then it is frozen). */
    public boolean usesRubric(UUID rubricId) {
        return count("rubricId", rubricId) > 0;
    }

    /** Each center's latest visit of the year in the area, best total first. */
    public List<Latest> latestPerCenter(AreaScope scope, String areaCode, int fiscalYear) {
        AreaScope.Like where = scope.like("v.subdistrict_code", areaCode);
        var query = getEntityManager().createNativeQuery("""
                select * from (
                    select distinct on (v.center_id) v.id, v.center_id, c.name, v.subdistrict_code, v.total, v.level_name, v.visited_on
                    from evaluation_visit v join center c on c.id = v.center_id
                    where v.fiscal_year = :year and %s
                    order by v.center_id, v.visited_on desc, v.created_at desc) latest
                order by total desc, name""".formatted(where));
        where.bind(query).setParameter("year", fiscalYear);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Latest((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (BigDecimal) r[4],
                (String) r[5], r[6] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[6])).toList();
    }

    /**
     * Active centers per area one level down ({@code childLength} digits of the sub-district code)
     * and how many of them were visited in each quarter of the year.
     */
    public List<Coverage> coverage(AreaScope scope, String areaCode, int childLength, int fiscalYear) {
        AreaScope.Like where = scope.like("c.subdistrict_code", areaCode);
        var query = getEntityManager().createNativeQuery("""
                select left(c.subdistrict_code, %d) as area, count(distinct c.id),
                       count(distinct v.center_id) filter (where v.quarter = 1),
                       count(distinct v.center_id) filter (where v.quarter = 2),
                       count(distinct v.center_id) filter (where v.quarter = 3),
                       count(distinct v.center_id) filter (where v.quarter = 4)
                from center c
                left join evaluation_visit v on v.center_id = c.id and v.fiscal_year = :year
                where c.status = 'ACTIVE' and %s
                group by 1 order by 1""".formatted(childLength, where));
        where.bind(query).setParameter("year", fiscalYear);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Coverage((String) r[0], number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5])))
                .toList();
    }

    /** Visits whose follow-up is past due and not done, in the area, the longest overdue first. */
    public List<EvaluationVisit> overdueFollowUps(AreaScope scope, String areaCode, LocalDate today, int limit) {
        AreaScope.Like where = scope.like("v.subdistrictCode", areaCode);
        return find("from EvaluationVisit v where " + where
                + " and v.followUpDueOn < :today and v.followUpDoneOn is null order by v.followUpDueOn, v.id",
                where.parameters().and("today", today)).page(0, limit).list();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
