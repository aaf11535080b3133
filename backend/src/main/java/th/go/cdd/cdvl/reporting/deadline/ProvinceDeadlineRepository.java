package th.go.cdd.cdvl.reporting.deadline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProvinceDeadlineRepository implements PanacheRepositoryBase<ProvinceDeadline, ProvinceDeadline.Key> {

    public List<ProvinceDeadline> of(Collection<UUID> deadlineIds) {
        return deadlineIds.isEmpty() ? List.of() : list("key.deadlineId in ?1", deadlineIds);
    }
}
