package th.go.cdd.cdvl.seed.reference;

import java.time.LocalDate;

/** A fiscal year as the database holds it, with the program's operation period. */
public record FiscalYearPeriod(int year, LocalDate operationStartsOn, LocalDate operationEndsOn) {

    public boolean inOperationPeriod(LocalDate day) {
        return !day.isBefore(operationStartsOn) && !day.isAfter(operationEndsOn);
    }
}
