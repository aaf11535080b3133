package th.go.cdd.cdvl.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** A supervision and evaluation visit to a center (guideline step 5), scored under one rubric revision. */
@Entity
@Table(name = "evaluation_visit")
public class EvaluationVisit extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    @Column(name = "rubric_id")
    private UUID rubricId;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    private int quarter;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    private String visitors;

    private BigDecimal latitude;

    private BigDecimal longitude;

    private BigDecimal total;

    @Column(name = "level_name")
    private String levelName;

    private String strengths;

    private String advice;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "follow_up_due_on")
    private LocalDate followUpDueOn;

    @Column(name = "follow_up_done_on")
    private LocalDate followUpDoneOn;

    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "visit_id"))
    private List<VisitScore> scores = new ArrayList<>();

    protected EvaluationVisit() {
    }

    EvaluationVisit(UUID centerId, String subdistrictCode, UUID rubricId, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.subdistrictCode = subdistrictCode;
        this.rubricId = rubricId;
        created(now, actor);
    }

    /** What the visit found; its fiscal year and quarter follow the date ({@link FiscalCalendar}). */
    void describe(LocalDate visitedOn, String visitors, BigDecimal latitude, BigDecimal longitude, String strengths, String advice,
            String followUp, LocalDate followUpDueOn, LocalDate followUpDoneOn) {
        this.visitedOn = visitedOn;
        this.fiscalYear = FiscalCalendar.fiscalYearOf(visitedOn);
        this.quarter = FiscalCalendar.quarterOf(visitedOn).quarter();
        this.visitors = visitors;
        this.latitude = latitude;
        this.longitude = longitude;
        this.strengths = strengths;
        this.advice = advice;
        this.followUp = followUp;
        this.followUpDueOn = followUpDueOn;
        this.followUpDoneOn = followUpDoneOn;
    }

    void score(List<VisitScore> newScores, BigDecimal newTotal, String newLevel) {
        scores.clear();
        scores.addAll(newScores);
        this.total = newTotal;
        this.levelName = newLevel;
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

    public UUID getRubricId() {
        return rubricId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getQuarter() {
        return quarter;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitors() {
        return visitors;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getLevelName() {
        return levelName;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getAdvice() {
        return advice;
    }

    public String getFollowUp() {
        return followUp;
    }

    public LocalDate getFollowUpDueOn() {
        return followUpDueOn;
    }

    public LocalDate getFollowUpDoneOn() {
        return followUpDoneOn;
    }

    public List<VisitScore> getScores() {
        return scores;
    }
}
