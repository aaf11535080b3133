package th.go.cdd.cdvl.seed.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.seed.reference.District;

/**
 * One district report walked through the app's workflow (DistrictReport): create, submit, return
 * or accept, resubmit. A step dated on or after the end of the data set does not happen, so the
 * report stays where it was; the first submission decides on time or late (DeadlineRule.onTime).
 */
final class ReportHistory {

    enum State {
        DRAFT, SUBMITTED, RETURNED, ACCEPTED
    }

    private final District district;
    private final Instant end;
    private State state = State.DRAFT;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    private String updatedBy;
    private OffsetDateTime submittedAt;
    private Boolean onTime;
    private OffsetDateTime lastSubmittedAt;
    private OffsetDateTime reviewedAt;
    private String reviewComment;
    private long version;

    ReportHistory(District district, Instant end) {
        this.district = district;
        this.end = end;
    }

    void create(OffsetDateTime at) {
        createdAt = at;
        updatedAt = at;
        updatedBy = officer();
    }

    boolean submit(OffsetDateTime when, LocalDate due) {
        OffsetDateTime at = notBeforeLastStep(when);
        if (!happens(at)) {
            return false;
        }
        if (submittedAt == null) {
            submittedAt = at;
            onTime = at.toInstant().isBefore(due.plusDays(1).atStartOfDay(SeedClock.BANGKOK).toInstant());
        }
        lastSubmittedAt = at;
        state = State.SUBMITTED;
        step(at, officer());
        return true;
    }

    boolean review(OffsetDateTime when, boolean accept, String comment) {
        OffsetDateTime at = notBeforeLastStep(when);
        if (!happens(at)) {
            return false;
        }
        state = accept ? State.ACCEPTED : State.RETURNED;
        reviewedAt = at;
        reviewComment = comment;
        step(at, reviewer());
        return true;
    }

    /** Steps drawn for the same day as the previous one come half an hour after it. */
    private OffsetDateTime notBeforeLastStep(OffsetDateTime at) {
        return at.isAfter(updatedAt) ? at : updatedAt.plusMinutes(30);
    }

    private boolean happens(OffsetDateTime at) {
        return at.toInstant().isBefore(end);
    }

    private void step(OffsetDateTime at, String actor) {
        updatedAt = at;
        updatedBy = actor;
        version++;
    }

    LocalDate lastDay() {
        return updatedAt.toLocalDate();
    }

    String officer() {
        return Seed.officer(district.code());
    }

    String reviewer() {
        return Seed.officer(district.province().code());
    }

    State state() {
        return state;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    OffsetDateTime submittedAt() {
        return submittedAt;
    }

    Boolean onTime() {
        return onTime;
    }

    OffsetDateTime lastSubmittedAt() {
        return lastSubmittedAt;
    }

    OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    String reviewComment() {
        return reviewComment;
    }

    long version() {
        return version;
    }
}
