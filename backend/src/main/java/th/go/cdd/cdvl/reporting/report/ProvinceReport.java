package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.cdd.cdvl.calendar.DeadlineRule;

/**
 * A province's quarterly report to the department for one deadline, and its review
 * ({@link ReviewedReport}): prepared and submitted by the province, returned or accepted by the
 * department. Besides the summed figures it freezes, at each submission, the table of its districts'
 * standings as the province sent it.
 */
@Entity
@Table(name = "province_report")
public class ProvinceReport extends ReviewedReport {

    @Id
    private UUID id;

    @Column(name = "deadline_id")
    private UUID deadlineId;

    @Column(name = "province_code")
    private String provinceCode;

    /** JSON text of the districts' standings at the last submission. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String districts;

    protected ProvinceReport() {
    }

    public ProvinceReport(UUID deadlineId, String provinceCode, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.provinceCode = provinceCode;
        started(now, actor);
    }

    void submit(String figures, String districts, Boolean onTimeIfFirst, OffsetDateTime now, String actor) {
        submit(figures, onTimeIfFirst, now, actor);
        this.districts = districts;
    }

    /**
     * On time or late, by the first submission, against the department's date {@code due}. A report
     * submitted before the department set a date is judged against it once it is set; without one
     * it is neither (null). Example: submitted 20 June, the date set later to 22 June → on time.
     */
    public Boolean onTimeAgainst(LocalDate due, ZoneId zone) {
        if (getOnTime() != null || getSubmittedAt() == null || due == null) {
            return getOnTime();
        }
        return DeadlineRule.onTime(getSubmittedAt(), due, zone);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeadlineId() {
        return deadlineId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getDistricts() {
        return districts;
    }
}
