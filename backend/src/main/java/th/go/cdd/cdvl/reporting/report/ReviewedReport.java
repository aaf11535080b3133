package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/**
 * A report that goes up the chain and is reviewed there: a district's to its province, a province's
 * to the department. The entity guards the one state machine both follow:
 * DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → SUBMITTED; an accepted report is locked
 * until the reviewer reopens it (back to RETURNED, with a reason). The narrative can be written
 * while DRAFT or RETURNED; the figures are frozen at each submission; the first submission alone
 * decides on time or late.
 */
@MappedSuperclass
public abstract class ReviewedReport extends CreatedAndTracked {

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

    /**
     * The text a review needs: a return says what to change, a reopen why. Blank counts as none.
     * Example: {@code required("  ", "comment", …)} is a 422 {@code reporting.review.comment-required}.
     */
    static String required(String text, String field, String detail) {
        String value = Texts.blankToNull(text);
        if (value == null) {
            throw ProblemException.unprocessable("reporting.review." + field + "-required", detail, field, "required");
        }
        return value;
    }

    /** Figures are frozen while the report is with its reviewer or accepted, live otherwise. */
    public boolean frozen() {
        return state == ReportState.SUBMITTED || state == ReportState.ACCEPTED;
    }

    /** A new report starts as a draft. */
    protected void started(OffsetDateTime now, String actor) {
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

    public void submit(String figures, Boolean onTimeIfFirst, OffsetDateTime now, String actor) {
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
