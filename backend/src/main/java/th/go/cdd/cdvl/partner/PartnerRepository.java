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

    public record Filter(String areaCode, Sector sector, Boolean active, String text) {
    }

    public Optional<Partner> findVisible(AreaScope scope, UUID id) {
        AreaScope.Like visible = visible(scope);
        return find(from(visible) + " and p.id = :id", visible.parameters().and("id", id)).firstResultOptional();
    }

    public PanacheQuery<Partner> search(AreaScope scope, Filter filter, Sort sort) {
        AreaScope.Like visible = visible(scope);
        if (filter.areaCode() != null) {
            visible = visible.and(AreaScope.Like.under("p.areaCode", "area", filter.areaCode())
                    .or(AreaScope.Like.over("p.areaCode", "areaCode", filter.areaCode())).parenthesized());
        }
        StringBuilder where = new StringBuilder(from(visible));
        Parameters params = visible.parameters();
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
        AreaScope.Like visible = visible(scope);
        return list(from(visible) + " and p.provinceCode = :province", visible.parameters().and("province", provinceCode));
    }

    /**
     * Partners working inside the scope, or in an area containing it, or linked to a center inside
     * it: {@code (p.areaCode like :scope or :scopeCode like concat(p.areaCode, '%') or exists (...))}.
     */
    private static AreaScope.Like visible(AreaScope scope) {
        AreaScope.Like linked = scope.like("l.subdistrictCode");
        return scope.like("p.areaCode").or(scope.containedIn("p.areaCode"))
                .or(new AreaScope.Like("exists (select 1 from PartnerLink l where l.partnerId = p.id and " + linked + ")",
                        linked.values()))
                .parenthesized();
    }

    private static String from(AreaScope.Like visible) {
        return "from Partner p where " + visible;
    }
}
