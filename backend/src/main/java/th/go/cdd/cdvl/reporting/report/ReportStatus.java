package th.go.cdd.cdvl.reporting.report;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a district's standing for a deadline depends on: a report's state and first submission. */
public record ReportStatus(UUID deadlineId, String districtCode, ReportState state, Boolean onTime,
        OffsetDateTime submittedAt) {
}
