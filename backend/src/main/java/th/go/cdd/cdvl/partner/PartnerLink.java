package th.go.cdd.cdvl.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** A partner's support to one center in one fiscal year. */
@Entity
@Table(name = "partner_link")
public class PartnerLink extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Column(name = "supports_knowledge")
    private boolean knowledge;

    @Column(name = "supports_resources")
    private boolean resources;

    @Column(name = "supports_scaling")
    private boolean scaling;

    @Column(name = "supports_budget")
    private boolean budget;

    @Column(name = "budget_baht")
    private BigDecimal budgetBaht;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected PartnerLink() {
    }

    PartnerLink(UUID partnerId, UUID centerId, String subdistrictCode, int fiscalYear, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        this.centerId = centerId;
        this.subdistrictCode = subdistrictCode;
        this.fiscalYear = fiscalYear;
        created(now, actor);
    }

    void describe(Set<SupportKind> kinds, BigDecimal budgetBaht, LocalDate startsOn, LocalDate endsOn) {
        this.knowledge = kinds.contains(SupportKind.KNOWLEDGE);
        this.resources = kinds.contains(SupportKind.RESOURCES);
        this.scaling = kinds.contains(SupportKind.SCALING_UP);
        this.budget = kinds.contains(SupportKind.BUDGET);
        this.budgetBaht = budgetBaht;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Set<SupportKind> supports() {
        Set<SupportKind> kinds = EnumSet.noneOf(SupportKind.class);
        if (knowledge) {
            kinds.add(SupportKind.KNOWLEDGE);
        }
        if (resources) {
            kinds.add(SupportKind.RESOURCES);
        }
        if (scaling) {
            kinds.add(SupportKind.SCALING_UP);
        }
        if (budget) {
            kinds.add(SupportKind.BUDGET);
        }
        return kinds;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPartnerId() {
        return partnerId;
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

    public BigDecimal getBudgetBaht() {
        return budgetBaht;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
