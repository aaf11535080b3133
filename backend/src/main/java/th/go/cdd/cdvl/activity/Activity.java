package th.go.cdd.cdvl.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalQuarter;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** An activity a center held. Its fiscal year and quarter follow from the date it was held. */
@Entity
public class Activity extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    private String title;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private ActivityCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type")
    private ActivityType type;

    @Column(name = "national_day")
    private String nationalDay;

    private String description;

    private String outcomes;

    @Embedded
    private Participants participants;

    @Column(name = "budget_baht")
    private BigDecimal budgetBaht;

    @Column(name = "budget_source")
    private String budgetSource;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    private int quarter;

    @Column(name = "outside_operation_period")
    private boolean outsideOperationPeriod;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "voided_at")
    private OffsetDateTime voidedAt;

    @Column(name = "voided_by")
    private String voidedBy;

    @Column(name = "void_reason")
    private String voidReason;

    protected Activity() {
    }

    Activity(UUID centerId, String subdistrictCode, String idempotencyKey, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.subdistrictCode = subdistrictCode;
        this.idempotencyKey = idempotencyKey;
        created(now, actor);
    }

    void describe(String title, LocalDate heldOn, ActivityType type, String nationalDay, String description,
            String outcomes, Participants participants, BigDecimal budgetBaht, String budgetSource, BigDecimal latitude,
            BigDecimal longitude, boolean outsideOperationPeriod) {
        this.title = title;
        this.heldOn = heldOn;
        this.type = type;
        this.category = type.category();
        this.nationalDay = nationalDay;
        this.description = description;
        this.outcomes = outcomes;
        this.participants = participants;
        this.budgetBaht = budgetBaht;
        this.budgetSource = budgetSource;
        this.latitude = latitude;
        this.longitude = longitude;
        FiscalQuarter q = FiscalCalendar.quarterOf(heldOn);
        this.fiscalYear = q.fiscalYear();
        this.quarter = q.quarter();
        this.outsideOperationPeriod = outsideOperationPeriod;
    }

    /** Takes the activity out of every list and count; the row and its history stay. */
    void voidBecause(String reason, OffsetDateTime now, String actor) {
        this.voidedAt = now;
        this.voidedBy = actor;
        this.voidReason = reason;
        touch(now, actor);
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public OffsetDateTime getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
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

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ActivityCategory getCategory() {
        return category;
    }

    public ActivityType getType() {
        return type;
    }

    public String getNationalDay() {
        return nationalDay;
    }

    public String getDescription() {
        return description;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public Participants getParticipants() {
        return participants;
    }

    public BigDecimal getBudgetBaht() {
        return budgetBaht;
    }

    public String getBudgetSource() {
        return budgetSource;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getQuarter() {
        return quarter;
    }

    public boolean isOutsideOperationPeriod() {
        return outsideOperationPeriod;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
