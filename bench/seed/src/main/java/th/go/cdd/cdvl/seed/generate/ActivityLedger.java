package th.go.cdd.cdvl.seed.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The generated activities by district and quarter, for the report figures. */
final class ActivityLedger {

    private final Map<Long, List<ActivityFact>> byDistrictPeriod = new HashMap<>();

    void add(int districtIndex, int periodIndex, ActivityFact fact) {
        byDistrictPeriod.computeIfAbsent(key(districtIndex, periodIndex), k -> new ArrayList<>()).add(fact);
    }

    List<ActivityFact> of(int districtIndex, int periodIndex) {
        return byDistrictPeriod.getOrDefault(key(districtIndex, periodIndex), List.of());
    }

    private static long key(int districtIndex, int periodIndex) {
        return (long) districtIndex * 1_000 + periodIndex;
    }
}
