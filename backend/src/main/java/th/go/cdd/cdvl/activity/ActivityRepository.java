package th.go.cdd.cdvl.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Activities are in the caller's area when their center's sub-district is. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    public record Filter(String areaCode, UUID centerId, Integer fiscalYear, Integer quarter, ActivityCategory category,
            ActivityType type) {
    }

    public Optional<Activity> findInScope(AreaScope scope, UUID id) {
        return find("id = :id and subdistrictCode like :scope",
                Parameters.with("id", id).and("scope", scope.prefix() + "%")).firstResultOptional();
    }

    public Optional<Activity> byIdempotencyKey(String createdBy, String key) {
        return find("createdBy = ?1 and idempotencyKey = ?2", createdBy, key).firstResultOptional();
    }

    public PanacheQuery<Activity> search(AreaScope scope, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("subdistrictCode like :scope and subdistrictCode like :area");
        Parameters params = Parameters.with("scope", scope.prefix() + "%")
                .and("area", (filter.areaCode() == null ? "" : filter.areaCode()) + "%");
        if (filter.centerId() != null) {
            where.append(" and centerId = :center");
            params.and("center", filter.centerId());
        }
        if (filter.fiscalYear() != null) {
            where.append(" and fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.quarter() != null) {
            where.append(" and quarter = :quarter");
            params.and("quarter", filter.quarter());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.and("category", filter.category());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        return find(where.toString(), sort, params);
    }

    /** Counts by type, participants and budget of the activities in an area and period, in one query. */
    @SuppressWarnings("unchecked")
    public ActivitySummary summary(AreaScope scope, String areaCode, int fiscalYear, int quarter) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select activity_type, count(*), sum(participants_committee), sum(participants_leaders),
                       sum(participants_community), sum(participants_partners), sum(participants_officers),
                       coalesce(sum(budget_baht), 0)
                from activity
                where fiscal_year = :year and quarter = :quarter
                  and subdistrict_code like :scope and subdistrict_code like :area
                group by activity_type""")
                .setParameter("year", fiscalYear).setParameter("quarter", quarter)
                .setParameter("scope", scope.prefix() + "%").setParameter("area", areaCode + "%")
                .getResultList();
        Map<ActivityType, Integer> byType = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            byType.put(type, 0);
        }
        int total = 0;
        long[] people = new long[5];
        BigDecimal budget = BigDecimal.ZERO;
        for (Object[] r : rows) {
            int count = ((Number) r[1]).intValue();
            byType.put(ActivityType.valueOf((String) r[0]), count);
            total += count;
            for (int i = 0; i < 5; i++) {
                people[i] += ((Number) r[2 + i]).longValue();
            }
            budget = budget.add((BigDecimal) r[7]);
        }
        return new ActivitySummary(total, byType, new Participants((int) people[0], (int) people[1], (int) people[2],
                (int) people[3], (int) people[4]), budget);
    }
}
