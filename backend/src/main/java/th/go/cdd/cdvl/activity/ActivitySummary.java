package th.go.cdd.cdvl.activity;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the activities of an area added up to in a period: the figures of the operation report. */
@Schema(name = "ActivitySummary", requiredProperties = {"activities", "byType", "participants", "budgetBaht"})
public record ActivitySummary(
        @Schema(examples = "42") int activities,
        Map<ActivityType, Integer> byType,
        Participants participants,
        @Schema(examples = "12500.00") BigDecimal budgetBaht) {

    /** No activity: every type counts 0. */
    public static ActivitySummary none() {
        Map<ActivityType, Integer> byType = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            byType.put(type, 0);
        }
        return new ActivitySummary(0, byType, Participants.NONE, BigDecimal.ZERO);
    }

    /** Two areas' activities together: counts, people and budget added type by type. */
    public ActivitySummary plus(ActivitySummary other) {
        Map<ActivityType, Integer> types = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            types.put(type, count(byType, type) + count(other.byType, type));
        }
        return new ActivitySummary(activities + other.activities, types, participants.plus(other.participants),
                budgetBaht.add(other.budgetBaht));
    }

    private static int count(Map<ActivityType, Integer> counts, ActivityType type) {
        Integer n = counts == null ? null : counts.get(type);
        return n == null ? 0 : n;
    }
}
