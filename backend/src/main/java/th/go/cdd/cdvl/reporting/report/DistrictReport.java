package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/**
 * A district's report for one deadline, and its review. The entity guards its own state machine:
 * DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → SUBMITTED; an accepted report is locked
 * until the province reopens it (back to RETURNED, with a reason).
 */
@Entity
@Table(name = "district_report")
public class DistrictReport extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "deadline_id")
    private UUID deadlineId;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    private String results;

    private String problems;

    private String suggestions;

    @Column(name = "good_practice")
    private String goodPractice;

    /** JSON text, so dirty checking compares a string, not a re-read structure of numbers. */
    @JdbcTypeCode(SqlTypes.JSON)
    private String figures;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "last_submitted_at")
    private OffsetDateTime lastSubmittedAt;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "review_comment")
    private String reviewComment;

    protected DistrictReport() {
    }

    public DistrictReport(UUID deadlineId, String districtCode, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.districtCode = districtCode;
        this.state = ReportState.DRAFT;
        created(now, actor);
    }

    void write(String results, String problems, String suggestions, String goodPractice, OffsetDateTime now, String actor) {
        requireState("edited", ReportState.DRAFT, ReportState.RETURNED);
        this.results = results;
        this.problems = problems;
        this.suggestions = suggestions;
        this.goodPractice = goodPractice;
        touch(now, actor);
    }

    public void submit(String figures, boolean onTimeIfFirst, OffsetDateTime now, String actor) {
        requireState("submitted", ReportState.DRAFT, ReportState.RETURNED);
        this.figures = figures;
        if (submittedAt == null) {
            this.submittedAt = now;
            this.submittedBy = actor;
            this.onTime = onTimeIfFirst;
        }
        this.lastSubmittedAt = now;
        this.state = ReportState.SUBMITTED;
        touch(now, actor);
    }

    void returnForChanges(String comment, OffsetDateTime now, String actor) {
        requireState("returned", ReportState.SUBMITTED);
        review(ReportState.RETURNED, comment, now, actor);
    }

    void accept(String comment, OffsetDateTime now, String actor) {
        requireState("accepted", ReportState.SUBMITTED);
        review(ReportState.ACCEPTED, comment, now, actor);
    }

    void reopen(String reason, OffsetDateTime now, String actor) {
        requireState("reopened", ReportState.ACCEPTED);
        review(ReportState.RETURNED, reason, now, actor);
    }

    private void review(ReportState next, String comment, OffsetDateTime now, String actor) {
        this.state = next;
        this.reviewComment = comment;
        this.reviewedAt = now;
        this.reviewedBy = actor;
        touch(now, actor);
    }

    private void requireState(String action, ReportState... allowed) {
        for (ReportState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw ProblemException.conflict("reporting.report.state", "A " + state + " report cannot be " + action + ".");
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

    public ReportState getState() {
        return state;
    }

    public String getResults() {
        return results;
    }

    public String getProblems() {
        return problems;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public String getGoodPractice() {
        return goodPractice;
    }

    public String getFigures() {
        return figures;
    }

    public ReportStatus status() {
        return new ReportStatus(deadlineId, districtCode, state, onTime, submittedAt);
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public OffsetDateTime getLastSubmittedAt() {
        return lastSubmittedAt;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
