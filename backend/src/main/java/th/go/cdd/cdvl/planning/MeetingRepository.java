package th.go.cdd.cdvl.planning;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Meetings the caller may see: those held inside the caller's area, and those of an area containing
 * it (a district officer reads its province's and the department's meetings, whose resolutions
 * concern it). Lists narrowed to an area keep the meetings held inside it.
 */
@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public record Filter(String areaCode, Integer fiscalYear, MeetingLevel level) {
    }

    /** How many resolutions a meeting has, and how many of them are open. */
    public record ResolutionCounts(int total, int open) {
        static final ResolutionCounts NONE = new ResolutionCounts(0, 0);
    }

    public Optional<Meeting> findVisible(AreaScope scope, UUID id) {
        AreaScope.Like visible = visible(scope);
        return find("from Meeting m where " + visible + " and m.id = :id", visible.parameters().and("id", id))
                .firstResultOptional();
    }

    public PanacheQuery<Meeting> search(AreaScope scope, Filter filter, Sort sort) {
        AreaScope.Like where = filtered(scope, filter.areaCode());
        StringBuilder hql = new StringBuilder("from Meeting m where ").append(where);
        Parameters params = where.parameters();
        if (filter.fiscalYear() != null) {
            hql.append(" and m.fiscalYear = :year");
            params.and("year", filter.fiscalYear());
        }
        if (filter.level() != null) {
            hql.append(" and m.level = :level");
            params.and("level", filter.level());
        }
        return find(hql.toString(), sort, params);
    }

    public Map<UUID, ResolutionCounts> resolutionCounts(Collection<UUID> meetingIds) {
        Map<UUID, ResolutionCounts> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                select r.meeting.id, count(r), sum(case when r.doneOn is null then 1 else 0 end)
                from MeetingResolution r where r.meeting.id in :ids group by r.meeting.id""", Object[].class)
                .setParameter("ids", meetingIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0],
                        new ResolutionCounts(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
        return counts;
    }

    /**
     * Open resolutions of the meetings held inside the area (the caller's, narrowed to {@code areaCode}
     * when given), those due first (by date, undated last), then by meeting date and number.
     */
    public List<MeetingResolution> openResolutions(AreaScope scope, String areaCode, Integer fiscalYear, int limit) {
        AreaScope.Like where = filtered(scope, areaCode);
        String year = fiscalYear == null ? "" : " and m.fiscalYear = :year";
        var query = getEntityManager().createQuery("""
                select r from MeetingResolution r join fetch r.meeting m
                where r.doneOn is null and %s%s
                order by r.dueOn asc nulls last, m.heldOn asc, m.id, r.position""".formatted(where, year),
                MeetingResolution.class);
        where.bind(query);
        if (fiscalYear != null) {
            query.setParameter("year", fiscalYear);
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static AreaScope.Like filtered(AreaScope scope, String areaCode) {
        return areaCode == null ? visible(scope) : visible(scope).and(AreaScope.Like.under("m.areaCode", "area", areaCode));
    }

    /** {@code (m.areaCode like :scope or :scopeCode like concat(m.areaCode, '%'))}. */
    private static AreaScope.Like visible(AreaScope scope) {
        return scope.like("m.areaCode").or(scope.containedIn("m.areaCode")).parenthesized();
    }
}
