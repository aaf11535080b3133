package th.go.cdd.cdvl.partner;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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
        return find("id = :id and subdistrictCode like :scope", Parameters.with("id", id).and("scope", scope.prefix() + "%"))
                .firstResultOptional();
    }

    public List<PartnerLink> ofCenter(UUID centerId, Integer fiscalYear) {
        return fiscalYear == null
                ? list("centerId", Sort.descending("fiscalYear").and("id"), centerId)
                : list("centerId = ?1 and fiscalYear = ?2", Sort.by("id"), centerId, fiscalYear);
    }

    public List<PartnerLink> ofPartner(AreaScope scope, UUID partnerId) {
        return list("partnerId = :partner and subdistrictCode like :scope", Sort.descending("fiscalYear").and("id"),
                Parameters.with("partner", partnerId).and("scope", scope.prefix() + "%"));
    }

    public boolean exists(UUID partnerId, UUID centerId, int fiscalYear) {
        return count("partnerId = ?1 and centerId = ?2 and fiscalYear = ?3", partnerId, centerId, fiscalYear) > 0;
    }
}
