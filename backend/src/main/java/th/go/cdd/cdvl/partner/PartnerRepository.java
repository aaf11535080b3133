package th.go.cdd.cdvl.partner;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * Partners the caller may see: those working inside the caller's area, those whose wider area
 * contains it (a province-wide partner, for a district), and those linked to one of the caller's
 * centers. The links themselves are always cut to the caller's area.
 */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    private static final String VISIBLE = """
            from Partner p where (p.areaCode like :scope or :scopeCode like concat(p.areaCode, '%')
             or exists (select 1 from PartnerLink l where l.partnerId = p.id and l.subdistrictCode like :scope))""";

    public record Filter(String areaCode, Sector sector, Boolean active, String text) {
    }

    public Optional<Partner> findVisible(AreaScope scope, UUID id) {
        return find(VISIBLE + " and p.id = :id", scoped(scope).and("id", id)).firstResultOptional();
    }

    public PanacheQuery<Partner> search(AreaScope scope, Filter filter, Sort sort) {
        StringBuilder where = new StringBuilder(VISIBLE);
        Parameters params = scoped(scope);
        if (filter.areaCode() != null) {
            where.append(" and (p.areaCode like :area or :areaCode like concat(p.areaCode, '%'))");
            params.and("area", filter.areaCode() + "%").and("areaCode", filter.areaCode());
        }
        if (filter.sector() != null) {
            where.append(" and p.sector = :sector");
            params.and("sector", filter.sector());
        }
        if (filter.active() != null) {
            where.append(" and p.active = :active");
            params.and("active", filter.active());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(p.name) like :text escape '\\' or lower(coalesce(p.kind, '')) like :text escape '\\')");
            params.and("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(where.toString(), sort, params);
    }

    /**
     * The partners of a province the caller may see, with their name keys: the pool duplicates are
     * looked for in, cut to the caller's scope like every other partner query.
     */
    public List<Partner> inProvince(AreaScope scope, String provinceCode) {
        return list(VISIBLE + " and p.provinceCode = :province", scoped(scope).and("province", provinceCode));
    }

    private static Parameters scoped(AreaScope scope) {
        return Parameters.with("scope", scope.prefix() + "%").and("scopeCode", scope.prefix());
    }
}
