package th.go.cdd.cdvl.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.security.AreaScope;

/** District reports, in the caller's area when their district is. */
@ApplicationScoped
public class DistrictReportRepository implements PanacheRepositoryBase<DistrictReport, UUID> {

    public Optional<DistrictReport> of(AreaScope scope, UUID deadlineId, String districtCode) {
        return find("deadlineId = :deadline and districtCode = :district and districtCode like :scope",
                Parameters.with("deadline", deadlineId).and("district", districtCode).and("scope", scope.prefix() + "%"))
                .firstResultOptional();
    }

    /**
     * Where the reports of several deadlines under an area (a province, or "" for the nation)
     * stand, without their texts: the national completeness matrix reads thousands of them.
     */
    public List<ReportStatus> statusesUnder(AreaScope scope, String areaCode, Collection<UUID> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return List.of();
        }
        return find("deadlineId in :deadlines and districtCode like :scope and districtCode like :area",
                Parameters.with("deadlines", deadlineIds).and("scope", scope.prefix() + "%").and("area", areaCode + "%"))
                .project(ReportStatus.class).list();
    }
}
