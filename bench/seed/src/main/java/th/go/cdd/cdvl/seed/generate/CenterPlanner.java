package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.cdd.cdvl.seed.generate.SeedCenter.Diligence;
import th.go.cdd.cdvl.seed.generate.SeedCenter.Status;
import th.go.cdd.cdvl.seed.reference.Subdistrict;
import th.go.cdd.cdvl.seed.text.CenterTexts;

/**
 * Where the 7,036 centers are and what became of them. Every center sits in a real sub-district
 * outside Bangkok, and no sub-district has two regular active centers (the app's partial unique
 * index): the few second active centers carry an exception reason, a closed center's sub-district
 * may have its replacement, and some sub-districts have none at all.
 */
public final class CenterPlanner {

    public static final int CENTERS = 7_036;
    static final int EXCEPTIONS = 14;
    static final int CLOSED_AND_REPLACED = 24;
    static final int CLOSED = 16;
    static final int SUSPENDED = 58;

    private static final LocalDate FIRST_SETUP = LocalDate.of(2021, 11, 15);
    private static final LocalDate LAST_REGULAR_SETUP = LocalDate.of(2023, 9, 30);
    private static final LocalDate FIRST_STATUS_CHANGE = LocalDate.of(2024, 2, 1);
    private static final LocalDate LAST_STATUS_CHANGE = LocalDate.of(2026, 8, 31);
    /** A replaced center closed early enough for its successor to open within FY2569. */
    private static final LocalDate LAST_REPLACEMENT = LocalDate.of(2026, 5, 31);

    private final Dice dice;
    private final List<SeedCenter> centers = new ArrayList<>();

    public CenterPlanner(long seed) {
        this.dice = Dice.stream(seed, "centers");
    }

    public List<SeedCenter> plan(List<Subdistrict> subdistricts) {
        int withCenter = CENTERS - EXCEPTIONS - CLOSED_AND_REPLACED;
        List<Subdistrict> chosen = subdistrictsWithACenter(subdistricts, withCenter);
        List<Integer> order = shuffledIndexes(chosen.size());
        Map<Integer, Status> fate = new HashMap<>();
        order.subList(0, SUSPENDED).forEach(i -> fate.put(i, Status.SUSPENDED));
        order.subList(SUSPENDED, SUSPENDED + CLOSED).forEach(i -> fate.put(i, Status.CLOSED));
        int from = SUSPENDED + CLOSED;
        List<Integer> replaced = order.subList(from, from + CLOSED_AND_REPLACED);
        List<Integer> doubled = order.subList(from + CLOSED_AND_REPLACED, from + CLOSED_AND_REPLACED + EXCEPTIONS);

        for (int i = 0; i < chosen.size(); i++) {
            Subdistrict s = chosen.get(i);
            String name = CenterTexts.NAME_PREFIX + s.nameTh();
            Status status = fate.getOrDefault(i, Status.ACTIVE);
            if (replaced.contains(i)) {
                LocalDate closedOn = dice.day(FIRST_STATUS_CHANGE, LAST_REPLACEMENT);
                add(s, name, dice.day(FIRST_SETUP, LAST_REGULAR_SETUP), Status.CLOSED, closedOn, null);
                add(s, name, dice.day(closedOn.plusDays(14), closedOn.plusDays(120)), Status.ACTIVE, null, null);
            } else if (status == Status.ACTIVE) {
                add(s, name, regularSetup(), Status.ACTIVE, null, null);
            } else {
                add(s, name, regularSetup(), status, dice.day(FIRST_STATUS_CHANGE, LAST_STATUS_CHANGE), null);
            }
            if (doubled.contains(i)) {
                add(s, name + " แห่งที่ ๒", dice.day(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 6, 30)), Status.ACTIVE,
                        null, CenterTexts.exceptionReason(dice));
            }
        }
        return centers;
    }

    /**
     * All sub-districts but a few hundred, dropped at random, never a district's last one, so every
     * district has centers.
     */
    private List<Subdistrict> subdistrictsWithACenter(List<Subdistrict> all, int wanted) {
        if (all.size() < wanted) {
            throw new IllegalStateException("Only " + all.size() + " sub-districts outside Bangkok; " + wanted + " needed");
        }
        Map<String, Integer> left = new HashMap<>();
        all.forEach(s -> left.merge(s.district().code(), 1, Integer::sum));
        boolean[] dropped = new boolean[all.size()];
        int toDrop = all.size() - wanted;
        for (int i : shuffledIndexes(all.size())) {
            if (toDrop == 0) {
                break;
            }
            String district = all.get(i).district().code();
            if (left.get(district) > 1) {
                dropped[i] = true;
                left.merge(district, -1, Integer::sum);
                toDrop--;
            }
        }
        List<Subdistrict> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!dropped[i]) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    /** Most centers were set up in FY2565-2566, a few later. */
    private LocalDate regularSetup() {
        return dice.chance(0.95) ? dice.day(FIRST_SETUP, LAST_REGULAR_SETUP)
                : dice.day(LAST_REGULAR_SETUP.plusDays(1), LocalDate.of(2024, 6, 30));
    }

    private void add(Subdistrict s, String name, LocalDate established, Status status, LocalDate changedOn,
            String exceptionReason) {
        BigDecimal lat = null;
        BigDecimal lon = null;
        if (s.hasPoint()) {
            lat = jitter(s.latitude());
            lon = jitter(s.longitude());
        }
        Diligence diligence = Diligence.values()[dice.weighted(new double[] {80, 16, 4})];
        double perQuarter = dice.pick(2.2, 3.0, 3.2, 4.2);
        centers.add(new SeedCenter(centers.size(), dice.uuid(), s, name, established, status, changedOn, exceptionReason,
                lat, lon, diligence, perQuarter));
    }

    /** Within about a kilometre of the sub-district's point (which the official data places inside Thailand). */
    private BigDecimal jitter(BigDecimal degrees) {
        return degrees.add(BigDecimal.valueOf(dice.between(-9000, 9000), 6)).setScale(6, RoundingMode.HALF_UP);
    }

    private List<Integer> shuffledIndexes(int n) {
        List<Integer> indexes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, new java.util.Random(dice.below(Integer.MAX_VALUE)));
        return indexes;
    }
}
