package th.go.cdd.cdvl.reporting.report;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/**
 * Something an office sends up the chain and its reviewer judges: a district's report to its
 * province, a province's to the department, an office's answer to a document request. The entity
 * guards the one state machine they all follow: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED →
 * RETURNED (with a comment) → SUBMITTED; an accepted one is locked until the reviewer reopens it
 * (back to RETURNED, with a reason). It can be changed while DRAFT or RETURNED; the first
 * submission alone decides on time or late.
 *
 * <p>Example: a district submits at 23:59:59 on its due day (on time), is returned, and resubmits
 * two days later: it stays on time, and {@code lastSubmittedAt} shows the resubmission.
 */
@MappedSuperclass
public abstract class Reviewed extends CreatedAndTracked {

    @Enumerated(EnumType.STRING)
    private ReportState state;

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
    public static String required(String text, String field, String detail) {
        String value = Texts.blankToNull(text);
        if (value == null) {
            throw ProblemException.unprocessable("reporting.review." + field + "-required", detail, field, "required");
        }
        return value;
    }

    /** Frozen while with its reviewer or accepted, changeable otherwise. */
    public boolean frozen() {
        return state == ReportState.SUBMITTED || state == ReportState.ACCEPTED;
    }

    /** Something new starts as a draft. */
    protected void started(OffsetDateTime now, String actor) {
        this.state = ReportState.DRAFT;
        created(now, actor);
    }

    /** A change of content (a narrative, a note, a file) is allowed while DRAFT or RETURNED: 409 otherwise. */
    public void requireChangeable(String action) {
        requireState(action, ReportState.DRAFT, ReportState.RETURNED);
    }

    /** Sent up the chain; {@code onTimeIfFirst} counts only for the first submission. */
    protected void submitted(Boolean onTimeIfFirst, OffsetDateTime now, String actor) {
        requireState("submitted", ReportState.DRAFT, ReportState.RETURNED);
        if (submittedAt == null) {
            this.submittedAt = now;
            this.submittedBy = actor;
            this.onTime = onTimeIfFirst;
        }
        this.lastSubmittedAt = now;
        this.state = ReportState.SUBMITTED;
        touch(now, actor);
    }

    public void returnForChanges(String comment, OffsetDateTime now, String actor) {
        requireState("returned", ReportState.SUBMITTED);
        review(ReportState.RETURNED, comment, now, actor);
    }

    public void accept(String comment, OffsetDateTime now, String actor) {
        requireState("accepted", ReportState.SUBMITTED);
        review(ReportState.ACCEPTED, comment, now, actor);
    }

    public void reopen(String reason, OffsetDateTime now, String actor) {
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
        throw ProblemException.conflict(stateProblemCode(), "A " + state + " " + noun() + " cannot be " + action + ".");
    }

    /** The problem code of a transition its state does not allow. */
    protected String stateProblemCode() {
        return "reporting.report.state";
    }

    /** What the problem detail calls it. */
    protected String noun() {
        return "report";
    }

    public ReportState getState() {
        return state;
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
