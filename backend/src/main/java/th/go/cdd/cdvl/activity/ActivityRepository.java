package th.go.cdd.cdvl.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityViews.ActivityView;
import th.go.cdd.cdvl.common.sql.JdbcReads;
import th.go.cdd.cdvl.common.sql.SqlWhere;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Activities are in the caller's area when their center's sub-district is. Lists and sums leave out
 * voided activities; one activity found by id may be voided, so its page and history still open.
 */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    private final JdbcReads reads;

    public ActivityRepository(JdbcReads reads) {
        this.reads = reads;
    }

    public record Filter(String areaCode, UUID centerId, Integer fiscalYear, Integer quarter, ActivityCategory category,
            ActivityType type) {
    }

    /**
     * The year's activities of the centers under {@code areaCode} (inside the caller's scope), or of
     * one center, counted per center, quarter and type; voided ones do not count.
     */
    public List<ActivityViews.Held> held(AreaScope scope, String areaCode, UUID centerId, int fiscalYear) {
        AreaScope.Like inArea = scope.like("a.subdistrictCode", areaCode);
        String center = centerId == null ? "" : " and a.centerId = :center";
        var query = getEntityManager().createQuery("select a.centerId, a.quarter, a.type, count(a) from Activity a"
                + " where a.fiscalYear = :year and a.voidedAt is null and " + inArea + center
                + " group by a.centerId, a.quarter, a.type", Object[].class);
        inArea.bind(query).setParameter("year", fiscalYear);
        if (centerId != null) {
            query.setParameter("center", centerId);
        }
        return query.getResultList().stream()
                .map(r -> new ActivityViews.Held((UUID) r[0], ((Number) r[1]).intValue(), (ActivityType) r[2], ((Number) r[3]).intValue()))
                .toList();
    }

    public Optional<Activity> findInScope(AreaScope scope, UUID id) {
        AreaScope.Like inScope = scope.like("subdistrictCode");
        return find("id = :id and " + inScope, inScope.parameters().and("id", id)).firstResultOptional();
    }

    public Optional<Activity> byIdempotencyKey(String createdBy, String key) {
        return find("createdBy = ?1 and idempotencyKey = ?2", createdBy, key).firstResultOptional();
    }

    /**
     * A page of the activities in the caller's area matching {@code filter}, as the list shows them:
     * without description and outcomes (up to 4,000 characters each), which the activity itself has.
     */
    public JdbcReads.Page<ActivityView> page(AreaScope scope, Filter filter, String orderBy, int page, int size) {
        Optional<AreaScope.Range> area = scope.range("a.subdistrict_code", filter.areaCode());
        if (area.isEmpty()) {
            return JdbcReads.Page.empty();
        }
        SqlWhere where = new SqlWhere().and("a.voided_at is null")
                .within(area.get())
                .equal("a.center_id", filter.centerId())
                .equal("a.fiscal_year", filter.fiscalYear())
                .equal("a.quarter", filter.quarter())
                .equal("a.category", filter.category())
                .equal("a.activity_type", filter.type());
        // the page is cut first, then joined to its centers' names and photo counts
        String pageSql = "select " + LISTED_COLUMNS + ", c.name,"
                + " (select count(*) from activity_photo p where p.activity_id = a.id)"
                + " from (select a.* from activity a where " + where.sql() + " order by " + orderBy + " limit ? offset ?) a"
                + " join center c on c.id = a.center_id order by " + orderBy;
        return reads.page(pageSql, "select count(*) from activity a where " + where.sql(), where, page, size,
                ActivityRepository::listed);
    }

    /** The columns {@link #listed} reads, by position (reading by name cost a lookup per value). */
    private static final String LISTED_COLUMNS = """
            a.id, a.center_id, a.subdistrict_code, a.title, a.held_on, a.category, a.activity_type, a.national_day,
            null, null, a.participants_committee, a.participants_leaders, a.participants_community,
            a.participants_partners, a.participants_officers, a.budget_baht, a.budget_source, a.latitude, a.longitude,
            a.fiscal_year, a.quarter, a.outside_operation_period, a.version, a.created_at, a.created_by, a.updated_at,
            a.updated_by""";

    /** A row of {@link #LISTED_COLUMNS}, then the center's name and the photo count. */
    private static ActivityView listed(ResultSet row) throws SQLException {
        return new ActivityView(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(28),
                row.getString(3), row.getString(4), row.getObject(5, LocalDate.class),
                ActivityCategory.valueOf(row.getString(6)), ActivityType.valueOf(row.getString(7)), row.getString(8),
                row.getString(9), row.getString(10),
                new Participants(row.getInt(11), row.getInt(12), row.getInt(13), row.getInt(14), row.getInt(15)),
                row.getBigDecimal(16), row.getString(17), row.getBigDecimal(18), row.getBigDecimal(19), row.getInt(20),
                row.getInt(21), row.getBoolean(22), row.getInt(29), row.getLong(23),
                row.getObject(24, OffsetDateTime.class), row.getString(25), row.getObject(26, OffsetDateTime.class),
                row.getString(27), null, List.of());
    }

    /**
     * Counts by type, participants and budget of the activities in an area and period, district by
     * district, in one query: for a district one entry, for a province one per district that held
     * an activity. Districts without activities are absent.
     */
    @SuppressWarnings("unchecked")
    public Map<String, ActivitySummary> summaryByDistrict(AreaScope scope, String areaCode, int fiscalYear, int quarter) {
        AreaScope.Like inArea = scope.like("subdistrict_code", areaCode);
        List<Object[]> rows = inArea.bind(getEntityManager().createNativeQuery("""
                select left(subdistrict_code, 4), activity_type, count(*), sum(participants_committee),
                       sum(participants_leaders), sum(participants_community), sum(participants_partners),
                       sum(participants_officers), coalesce(sum(budget_baht), 0)
                from activity
                where fiscal_year = :year and quarter = :quarter and voided_at is null
                  and %s
                group by 1, 2""".formatted(inArea)))
                .setParameter("year", fiscalYear).setParameter("quarter", quarter)
                .getResultList();
        Map<String, ActivitySummary> byDistrict = new TreeMap<>();
        for (Object[] r : rows) {
            int count = ((Number) r[2]).intValue();
            Map<ActivityType, Integer> byType = new EnumMap<>(ActivityType.class);
            byType.put(ActivityType.valueOf((String) r[1]), count);
            ActivitySummary one = new ActivitySummary(count, byType, new Participants(((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                    ((Number) r[7]).intValue()), (BigDecimal) r[8]);
            byDistrict.merge((String) r[0], one, ActivitySummary::plus);
        }
        byDistrict.replaceAll((district, summary) -> ActivitySummary.none().plus(summary));
        return byDistrict;
    }
}
