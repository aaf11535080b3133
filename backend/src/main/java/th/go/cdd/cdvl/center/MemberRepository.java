package th.go.cdd.cdvl.center;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Members are reached only through a center the caller may see, so the scope check is the center's. */
@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<CenterMember, UUID> {

    public List<CenterMember> ofCenter(UUID centerId) {
        return list("centerId", Sort.by("active", Sort.Direction.Descending).and("role").and("fullName").and("id"), centerId);
    }

    public Optional<CenterMember> ofCenter(UUID centerId, UUID memberId) {
        return find("id = :id and centerId = :center", Parameters.with("id", memberId).and("center", centerId))
                .firstResultOptional();
    }
}
