package th.go.cdd.cdvl.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.calendar.FiscalYearViews.OperationPeriod;
import th.go.cdd.cdvl.common.version.Tracked;

/** A fiscal year of the program with its operation period, which the department sets each year. */
@Entity
@Table(name = "fiscal_year")
public class FiscalYear extends Tracked {

    @Id
    private int year;

    @Column(name = "operation_starts_on")
    private LocalDate operationStartsOn;

    @Column(name = "operation_ends_on")
    private LocalDate operationEndsOn;

    protected FiscalYear() {
    }

    void setOperationPeriod(LocalDate startsOn, LocalDate endsOn, OffsetDateTime now, String actor) {
        this.operationStartsOn = startsOn;
        this.operationEndsOn = endsOn;
        touch(now, actor);
    }

    public OperationPeriod operationPeriod() {
        return new OperationPeriod(operationStartsOn, operationEndsOn);
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
}
