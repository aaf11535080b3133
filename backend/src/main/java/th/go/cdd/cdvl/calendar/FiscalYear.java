package th.go.cdd.cdvl.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A fiscal year of the program with its operation period, which the department sets each year. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear {

    @Id
    private int year;

    @Column(name = "operation_starts_on")
    private LocalDate operationStartsOn;

    @Column(name = "operation_ends_on")
    private LocalDate operationEndsOn;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected FiscalYear() {
    }

    void setOperationPeriod(LocalDate startsOn, LocalDate endsOn, OffsetDateTime now, String actor) {
        this.operationStartsOn = startsOn;
        this.operationEndsOn = endsOn;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public boolean inOperationPeriod(LocalDate date) {
        return !date.isBefore(operationStartsOn) && !date.isAfter(operationEndsOn);
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOperationStartsOn() {
        return operationStartsOn;
    }

    public LocalDate getOperationEndsOn() {
        return operationEndsOn;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
