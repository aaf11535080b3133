package th.go.cdd.cdvl.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** Province reports, in the caller's area when their province is. */
@ApplicationScoped
public class ProvinceReportRepository implements PanacheRepositoryBase<ProvinceReport, UUID> {

    public Optional<ProvinceReport> of(AreaScope scope, UUID deadlineId, String provinceCode) {
        AreaScope.Like inScope = scope.like("provinceCode");
        return find("deadlineId = :deadline and provinceCode = :province and " + inScope,
                inScope.parameters().and("deadline", deadlineId).and("province", provinceCode)).firstResultOptional();
    }

    /** The province reports of several deadlines in the caller's area. */
    public List<ProvinceReport> ofDeadlines(AreaScope scope, java.util.Collection<UUID> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return List.of();
        }
        AreaScope.Like inScope = scope.like("provinceCode");
        return find("deadlineId in :deadlines and " + inScope, inScope.parameters().and("deadlines", deadlineIds)).list();
    }

    /** Every province report of a deadline in the caller's area, by province code. */
    public List<ProvinceReport> ofDeadline(AreaScope scope, UUID deadlineId) {
        AreaScope.Like inScope = scope.like("provinceCode");
        return find("deadlineId = :deadline and " + inScope + " order by provinceCode",
                inScope.parameters().and("deadline", deadlineId)).list();
    }
}
