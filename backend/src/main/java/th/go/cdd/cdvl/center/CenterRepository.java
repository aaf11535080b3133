package th.go.cdd.cdvl.center;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.common.sql.JdbcReads;
import th.go.cdd.cdvl.common.sql.SqlWhere;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Every read of centers goes through here and takes the caller's {@link AreaScope}: a center is
 * in scope when its sub-district code starts with the scope's code.
 */
@ApplicationScoped
public class CenterRepository implements PanacheRepositoryBase<Center, UUID> {

    private final JdbcReads reads;

    public CenterRepository(JdbcReads reads) {
        this.reads = reads;
    }

    /** Filters of the center list; null means "any". */
    public record Filter(String areaCode, CenterStatus status, String text) {
    }

    public Optional<Center> findInScope(AreaScope scope, UUID id) {
        AreaScope.Like inScope = scope.like("subdistrictCode");
        return find("id = :id and " + inScope, inScope.parameters().and("id", id)).firstResultOptional();
    }

    /** A page of the centers in the caller's area matching {@code filter}. */
    public <T> JdbcReads.Page<T> page(AreaScope scope, Filter filter, String orderBy, int page, int size,
            JdbcReads.RowReader<T> reader) {
        Optional<AreaScope.Range> area = scope.range("c.subdistrict_code", filter.areaCode());
        if (area.isEmpty()) {
            return JdbcReads.Page.empty();
        }
        SqlWhere where = new SqlWhere().within(area.get()).equal("c.status", filter.status());
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%";
            where.and("""
                    (lower(c.name) like ? escape '\\' or lower(coalesce(c.village_name, '')) like ? escape '\\'
                     or lower(coalesce(c.address, '')) like ? escape '\\'
                     or c.subdistrict_code in (select s.code from subdistrict s
                                               where s.name_th like ? escape '\\' or lower(s.name_en) like ? escape '\\'))""",
                    text, text, text, text, text);
        }
        return reads.page("select " + CenterMapper.COLUMNS + " from center c where " + where.sql() + " order by " + orderBy
                + " limit ? offset ?", "select count(*) from center c where " + where.sql(), where, page, size, reader);
    }

    /** Names of centers by id, without loading the centers. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        return getEntityManager()
                .createQuery("select c.id, c.name from Center c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }

    /** The regular (non-exception) active center of a sub-district, other than {@code except}. */
    public Optional<Center> regularActiveIn(String subdistrictCode, UUID except) {
        return find("subdistrictCode = :code and status = :active and exceptionReason is null and id <> :except",
                Parameters.with("code", subdistrictCode).and("active", CenterStatus.ACTIVE).and("except", except))
                .firstResultOptional();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
