package th.go.cdd.cdvl.seed.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Category;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Type;
import th.go.cdd.cdvl.seed.text.PartnerTexts.Sector;

/**
 * The figures a district report freezes when submitted, computed as the app computes them
 * (DistrictReportService.figures) from the data as it stood at that instant: compliance of the
 * then-active centers, the activity summary of the quarter, and the partner sectors of the year.
 */
final class ReportFigures {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Map<Integer, List<SeedCenter>> centersByDistrict;
    private final ActivityLedger ledger;
    private final PartnerNetwork network;

    ReportFigures(Map<Integer, List<SeedCenter>> centersByDistrict, ActivityLedger ledger, PartnerNetwork network) {
        this.centersByDistrict = centersByDistrict;
        this.ledger = ledger;
        this.network = network;
    }

    String json(int districtIndex, Timeline.Period period, Instant at) {
        Set<SeedCenter> active = new HashSet<>();
        for (SeedCenter c : centersByDistrict.getOrDefault(districtIndex, List.of())) {
            if (c.activeAt(at)) {
                active.add(c);
            }
        }
        List<ActivityFact> facts = ledger.of(districtIndex, period.index()).stream()
                .filter(f -> !f.createdAt().isAfter(at)).toList();
        List<SeedLink> links = network.inDistrict(districtIndex, period.fiscalYear()).stream()
                .filter(l -> !l.createdAt().isAfter(at) && active.contains(l.center())).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("compliance", compliance(active, facts));
        figures.put("activities", summary(facts));
        putSectors(figures, links);
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ComplianceService.figuresOf over the active centers. */
    private static Map<String, Object> compliance(Set<SeedCenter> active, List<ActivityFact> facts) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            byCategory.put(category, 0);
        }
        Set<SeedCenter> compliant = new HashSet<>();
        for (ActivityFact f : facts) {
            if (active.contains(f.center())) {
                compliant.add(f.center());
                byCategory.merge(f.type().category, 1, Integer::sum);
            }
        }
        int centers = active.size();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("centers", centers);
        m.put("compliantCenters", compliant.size());
        m.put("nonCompliantCenters", centers - compliant.size());
        m.put("rate", centers == 0 ? 0.0 : Math.round(10_000.0 * compliant.size() / centers) / 10_000.0);
        m.put("activities", byCategory.values().stream().mapToInt(Integer::intValue).sum());
        m.put("byCategory", byCategory);
        return m;
    }

    /** ActivityRepository.summary: every activity of the district in the quarter, whatever its center's status. */
    private static Map<String, Object> summary(List<ActivityFact> facts) {
        Map<Type, Integer> byType = new EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            byType.put(type, 0);
        }
        long[] people = new long[5];
        BigDecimal budget = BigDecimal.ZERO;
        for (ActivityFact f : facts) {
            byType.merge(f.type(), 1, Integer::sum);
            people[0] += f.committee();
            people[1] += f.leaders();
            people[2] += f.community();
            people[3] += f.partners();
            people[4] += f.officers();
            if (f.budgetBaht() != null) {
                budget = budget.add(f.budgetBaht());
            }
        }
        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("committee", people[0]);
        participants.put("volunteerLeaders", people[1]);
        participants.put("community", people[2]);
        participants.put("partners", people[3]);
        participants.put("officers", people[4]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activities", facts.size());
        m.put("byType", byType);
        m.put("participants", participants);
        m.put("budgetBaht", budget);
        return m;
    }

    /** SectorCoverageService: partners, budget and centers per sector among links to active centers. */
    private static void putSectors(Map<String, Object> figures, List<SeedLink> links) {
        Map<Sector, Set<SeedPartner>> partners = new EnumMap<>(Sector.class);
        Map<Sector, BigDecimal> budget = new EnumMap<>(Sector.class);
        Map<Sector, Set<SeedCenter>> centers = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            partners.put(sector, new HashSet<>());
            budget.put(sector, BigDecimal.ZERO);
            centers.put(sector, new HashSet<>());
        }
        for (SeedLink l : links) {
            Sector sector = l.partner().sector();
            partners.get(sector).add(l.partner());
            centers.get(sector).add(l.center());
            if (l.budgetBaht() != null) {
                budget.merge(sector, l.budgetBaht(), BigDecimal::add);
            }
        }
        figures.put("partnersBySector", counts(partners));
        figures.put("budgetBySector", budget);
        figures.put("centersBySector", counts(centers));
    }

    private static <T> Map<Sector, Integer> counts(Map<Sector, Set<T>> sets) {
        Map<Sector, Integer> counts = new EnumMap<>(Sector.class);
        sets.forEach((sector, set) -> counts.put(sector, set.size()));
        return counts;
    }

    static Map<Integer, List<SeedCenter>> byDistrict(List<SeedCenter> centers) {
        Map<Integer, List<SeedCenter>> map = new HashMap<>();
        centers.forEach(c -> map.computeIfAbsent(c.district().index(), k -> new java.util.ArrayList<>()).add(c));
        return map;
    }
}
