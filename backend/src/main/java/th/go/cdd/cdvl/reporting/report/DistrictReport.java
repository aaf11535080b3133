package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A district's report to its province for one deadline, and its review ({@link ReviewedReport}). */
@Entity
@Table(name = "district_report")
public class DistrictReport extends ReviewedReport {

    @Id
    private UUID id;

    @Column(name = "deadline_id")
    private UUID deadlineId;

    @Column(name = "district_code")
    private String districtCode;

    protected DistrictReport() {
    }

    public DistrictReport(UUID deadlineId, String districtCode, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.districtCode = districtCode;
        started(now, actor);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeadlineId() {
        return deadlineId;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public ReportStatus status() {
        return new ReportStatus(deadlineId, districtCode, getState(), getOnTime(), getSubmittedAt());
    }
}
