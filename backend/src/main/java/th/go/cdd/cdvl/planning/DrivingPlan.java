package th.go.cdd.cdvl.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** A center's driving plan for a fiscal year (แผนขับเคลื่อน): its targets and the activities planned per quarter. */
@Entity
@Table(name = "driving_plan")
public class DrivingPlan extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "target_activities")
    private Integer targetActivities;

    @Column(name = "target_participants")
    private Integer targetParticipants;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @ElementCollection
    @CollectionTable(name = "driving_plan_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("position")
    private List<PlanLine> lines = new ArrayList<>();

    protected DrivingPlan() {
    }

    DrivingPlan(UUID centerId, String subdistrictCode, int fiscalYear, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.subdistrictCode = subdistrictCode;
        this.fiscalYear = fiscalYear;
        this.state = PlanState.DRAFT;
        created(now, actor);
    }

    void describe(UUID meetingId, Integer targetActivities, Integer targetParticipants, List<PlanLine> newLines) {
        this.meetingId = meetingId;
        this.targetActivities = targetActivities;
        this.targetParticipants = targetParticipants;
        lines.clear();
        lines.addAll(newLines);
    }

    void confirm(OffsetDateTime now, String actor) {
        this.state = PlanState.CONFIRMED;
        this.confirmedAt = now;
        this.confirmedBy = actor;
        touch(now, actor);
    }

    public UUID getId() {
        return id;
    }

    public UUID getCenterId() {
        return centerId;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public PlanState getState() {
        return state;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public Integer getTargetActivities() {
        return targetActivities;
    }

    public Integer getTargetParticipants() {
        return targetParticipants;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public List<PlanLine> getLines() {
        return lines;
    }
}
