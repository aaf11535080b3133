package th.go.cdd.cdvl.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
        AreaScope.Like inScope = scope.like("districtCode");
        return find("deadlineId = :deadline and districtCode = :district and " + inScope,
                inScope.parameters().and("deadline", deadlineId).and("district", districtCode)).firstResultOptional();
    }

    /** The reports of a deadline under an area (a province), in the caller's area, by district code. */
    public List<DistrictReport> under(AreaScope scope, String areaCode, UUID deadlineId) {
        AreaScope.Like inArea = scope.like("districtCode", areaCode);
        return find("deadlineId = :deadline and " + inArea + " order by districtCode",
                inArea.parameters().and("deadline", deadlineId)).list();
    }

    /** Reports of a deadline in a province in one state, as {@code report_tally} counts them. */
    public record ProvinceTally(UUID deadlineId, String provinceCode, ReportState state, boolean onTime, int reports) {
    }

    /** The running counts of every province's reports for the deadlines (migration V202611260100). */
    @SuppressWarnings("unchecked")
    public List<ProvinceTally> provinceTallies(Collection<UUID> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select deadline_id, province_code, state, on_time, reports
                from report_tally
                where deadline_id in (:deadlines) and reports <> 0""")
                .setParameter("deadlines", deadlineIds)
                .getResultList();
        return rows.stream().map(r -> new ProvinceTally((UUID) r[0], (String) r[1], ReportState.valueOf((String) r[2]),
                (Boolean) r[3], ((Number) r[4]).intValue())).toList();
    }

    /**
     * Where the reports of several deadlines under an area (a province, or "" for the nation)
     * stand, without their texts: the national completeness matrix reads thousands of them.
     */
    public List<ReportStatus> statusesUnder(AreaScope scope, String areaCode, Collection<UUID> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return List.of();
        }
        AreaScope.Like inArea = scope.like("districtCode", areaCode);
        return find("deadlineId in :deadlines and " + inArea, inArea.parameters().and("deadlines", deadlineIds))
                .project(ReportStatus.class).list();
    }
}
