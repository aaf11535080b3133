package th.go.cdd.cdvl.seed.reference;

import java.time.LocalDate;
import java.util.UUID;

/** A quarterly report deadline created by the app's DeadlineBootstrap. */
public record QuarterlyDeadline(UUID id, int fiscalYear, int quarter, LocalDate dueOn) {
}
