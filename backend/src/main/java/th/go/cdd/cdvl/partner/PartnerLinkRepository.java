package th.go.cdd.cdvl.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Links are in the caller's area when their center is. */
@ApplicationScoped
public class PartnerLinkRepository implements PanacheRepositoryBase<PartnerLink, UUID> {

    public Optional<PartnerLink> findInScope(AreaScope scope, UUID id) {
        AreaScope.Like inScope = scope.like("subdistrictCode");
        return find("id = :id and " + inScope, inScope.parameters().and("id", id)).firstResultOptional();
    }

    public List<PartnerLink> ofCenter(UUID centerId, Integer fiscalYear) {
        return fiscalYear == null
                ? list("centerId", Sort.descending("fiscalYear").and("id"), centerId)
                : list("centerId = ?1 and fiscalYear = ?2", Sort.by("id"), centerId, fiscalYear);
    }

    public List<PartnerLink> ofPartner(AreaScope scope, UUID partnerId) {
        AreaScope.Like inScope = scope.like("subdistrictCode");
        return list("partnerId = :partner and " + inScope, Sort.descending("fiscalYear").and("id"),
                inScope.parameters().and("partner", partnerId));
    }

    public boolean exists(UUID partnerId, UUID centerId, int fiscalYear) {
        return count("partnerId = ?1 and centerId = ?2 and fiscalYear = ?3", partnerId, centerId, fiscalYear) > 0;
    }
}
