package th.go.cdd.cdvl.activity;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the activities of an area added up to in a period: the figures of the operation report. */
@Schema(name = "ActivitySummary", requiredProperties = {"activities", "byType", "participants", "budgetBaht"})
public record ActivitySummary(
        @Schema(examples = "42") int activities,
        Map<ActivityType, Integer> byType,
        Participants participants,
        @Schema(examples = "12500.00") BigDecimal budgetBaht) {
}
