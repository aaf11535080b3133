package th.go.cdd.cdvl.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.activity.ActivityCategory;
import th.go.cdd.cdvl.activity.ActivityType;

/**
 * Which planned lines of a driving plan the center's activities fulfil, quarter by quarter. Each
 * activity fulfils one line at most. First, lines take an activity of their own type, in plan
 * order: DONE. Then a line still open takes an activity left over of the same category (another
 * mission for a mission, another dimension for a dimension): DONE_DIFFERENTLY. What is left is
 * NOT_YET.
 *
 * <p>Example: Q2 plans THREE_TREES, THREE_TREES and HEALTH; the center held one THREE_TREES and one
 * WASTE_FOR_GOLD in Q2. Line 1 is DONE; line 2 is DONE_DIFFERENTLY (waste-for-gold is a mission too);
 * line 3 is NOT_YET (no dimension activity was held).
 *
 * <p>Counted, the rule says: in a quarter, the lines of a category done (as planned or differently)
 * are min(lines of that category planned, activities of that category held) — in the example, missions
 * min(2, 2) = 2 and dimensions min(1, 0) = 0. The area summary counts lines done that way in SQL, not
 * with this class: {@code recount_plan_tally} in migration {@code V202612040500__plan_tally.sql}, with
 * the type → category mapping of {@link ActivityType#category()} as {@code activity_type_category},
 * kept per plan and per district by triggers and read by {@link PlanRepository#summary}. {@code PlanTallyTest} proves the
 * count here and the SQL agree on the same data, for every activity type; a change of this rule must
 * change that migration's functions with it (in a new migration).
 */
public final class PlanAgainstActual {

    public enum Status {
        DONE, DONE_DIFFERENTLY, NOT_YET
    }

    /** A planned line: its quarter and the type of activity planned. */
    public record Line(int quarter, ActivityType type) {
    }

    private PlanAgainstActual() {
    }

    /** The status of each line, in the order given; {@code held} is quarter → type → activities held. */
    public static List<Status> of(List<Line> lines, Map<Integer, Map<ActivityType, Integer>> held) {
        Map<Integer, Map<ActivityType, Integer>> left = new HashMap<>();
        held.forEach((quarter, counts) -> {
            Map<ActivityType, Integer> copy = new EnumMap<>(ActivityType.class);
            copy.putAll(counts);
            left.put(quarter, copy);
        });
        List<Status> statuses = new ArrayList<>(lines.size());
        for (Line line : lines) {
            statuses.add(take(left, line.quarter(), line.type()) ? Status.DONE : Status.NOT_YET);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (statuses.get(i) == Status.NOT_YET && takeAnyOf(left, lines.get(i).quarter(), lines.get(i).type().category())) {
                statuses.set(i, Status.DONE_DIFFERENTLY);
            }
        }
        return statuses;
    }

    private static boolean take(Map<Integer, Map<ActivityType, Integer>> left, int quarter, ActivityType type) {
        Map<ActivityType, Integer> counts = left.get(quarter);
        if (counts == null || counts.getOrDefault(type, 0) <= 0) {
            return false;
        }
        counts.merge(type, -1, Integer::sum);
        return true;
    }

    private static boolean takeAnyOf(Map<Integer, Map<ActivityType, Integer>> left, int quarter, ActivityCategory category) {
        Map<ActivityType, Integer> counts = left.get(quarter);
        if (counts == null) {
            return false;
        }
        for (ActivityType type : ActivityType.values()) {
            if (type.category() == category && take(left, quarter, type)) {
                return true;
            }
        }
        return false;
    }
}
