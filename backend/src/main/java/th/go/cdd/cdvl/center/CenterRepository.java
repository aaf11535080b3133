package th.go.cdd.cdvl.center;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Every read of centers goes through here and takes the caller's {@link AreaScope}: a center is
 * in scope when its sub-district code starts with the scope's code.
 */
@ApplicationScoped
public class CenterRepository implements PanacheRepositoryBase<Center, UUID> {

    /** Filters of the center list; null means "any". */
    public record Filter(String areaCode, CenterStatus status, String text) {
    }

    public Optional<Center> findInScope(AreaScope scope, UUID id) {
        return find("id = :id and subdistrictCode like :scope",
                Parameters.with("id", id).and("scope", scope.prefix() + "%")).firstResultOptional();
    }

    public PanacheQuery<Center> search(AreaScope scope, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder("subdistrictCode like :scope and subdistrictCode like :area");
        Parameters params = Parameters.with("scope", scope.prefix() + "%")
                .and("area", (filter.areaCode() == null ? "" : filter.areaCode()) + "%");
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and ").append("""
                    (lower(name) like :text escape '\\' or lower(coalesce(villageName, '')) like :text escape '\\'
                          or lower(coalesce(address, '')) like :text escape '\\'
                          or subdistrictCode in (select s.code from Subdistrict s
                                                 where s.nameTh like :text escape '\\' or lower(s.nameEn) like :text escape '\\'))""");
            params.and("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return find(where.toString(), sort, params);
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
