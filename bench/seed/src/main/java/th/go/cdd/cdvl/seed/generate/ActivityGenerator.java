package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.FiscalYearPeriod;
import th.go.cdd.cdvl.seed.reference.ReferenceData;
import th.go.cdd.cdvl.seed.text.ActivityTexts;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Category;
import th.go.cdd.cdvl.seed.text.ActivityTexts.NationalDay;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Type;

/**
 * About three activities per center and quarter, of all 18 types, dated mostly inside the
 * operation period; some centers hold nothing in some quarters (non-compliant). Fiscal year and
 * quarter follow from the date, as in the app. Each quarter draws from its own stream, so the
 * current (partial) quarter changes nothing before it.
 */
public final class ActivityGenerator {

    public static final String[] COLUMNS = {"id", "center_id", "subdistrict_code", "title", "held_on", "category",
        "activity_type", "national_day", "description", "outcomes", "participants_committee", "participants_leaders",
        "participants_community", "participants_partners", "participants_officers", "budget_baht", "budget_source",
        "latitude", "longitude", "fiscal_year", "quarter", "outside_operation_period", "idempotency_key", "version",
        "created_at", "created_by", "updated_at", "updated_by"};

    /** Share of activities dated anywhere in the quarter rather than inside the operation period. */
    private static final double ANY_DAY = 0.08;
    private static final int MOST_IN_A_QUARTER = 9;

    private final long seed;
    private final Timeline timeline;
    private final ReferenceData reference;
    private final PartnerNetwork network;
    private final ActivityLedger ledger = new ActivityLedger();
    /** activity id, partner id: written to activity_partner once the activities are in. */
    private final List<UUID[]> activityPartners = new ArrayList<>();
    private final double[] typeWeights;

    public ActivityGenerator(long seed, Timeline timeline, ReferenceData reference, PartnerNetwork network) {
        this.seed = seed;
        this.timeline = timeline;
        this.reference = reference;
        this.network = network;
        Type[] types = Type.values();
        this.typeWeights = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            typeWeights[i] = types[i].weight;
        }
    }

    public void write(List<SeedCenter> centers, CopyTable table) {
        for (Timeline.Period period : timeline.periods()) {
            Dice dice = Dice.stream(seed, "activities-" + period.fiscalYear() + "-" + period.quarter());
            FiscalYearPeriod year = reference.fiscalYear(period.fiscalYear()).orElseThrow(() ->
                    new IllegalStateException("No fiscal_year row for " + period.fiscalYear()));
            List<NationalDay> nationalDays = ActivityTexts.nationalDays(period.starts());
            for (SeedCenter center : centers) {
                LocalDate from = max(period.starts(), center.establishedOn);
                LocalDate to = center.statusChangedOn == null ? period.ends() : min(period.ends(), center.statusChangedOn.minusDays(1));
                if (from.isAfter(to) || dice.chance(center.diligence.missQuarter)) {
                    continue;
                }
                int count = Math.min(MOST_IN_A_QUARTER, 1 + poisson(dice, center.activitiesPerQuarter - 1));
                for (int n = 0; n < count; n++) {
                    activity(dice, center, period, year, nationalDays, from, to, table);
                }
            }
        }
    }

    public void writePartners(CopyTable table) {
        activityPartners.forEach(pair -> table.row(pair[0], pair[1]));
    }

    ActivityLedger ledger() {
        return ledger;
    }

    private void activity(Dice dice, SeedCenter center, Timeline.Period period, FiscalYearPeriod year,
            List<NationalDay> nationalDays, LocalDate from, LocalDate to, CopyTable table) {
        Type type = Type.values()[dice.weighted(typeWeights)];
        String nationalDay = null;
        LocalDate heldOn = null;
        if (type.category == Category.NATIONAL_DAY) {
            NationalDay day = dice.pick(nationalDays);
            nationalDay = day.name();
            LocalDate near = dice.chance(0.7) ? day.day() : day.day().plusDays(dice.between(-3, 3));
            heldOn = near.isBefore(from) || near.isAfter(to) ? null : near;
        }
        if (heldOn == null) {
            heldOn = day(dice, year, from, to);
        }
        if (heldOn.isAfter(timeline.lastDay())) {
            return; // later in the current quarter: not held yet
        }
        UUID id = dice.uuid();
        int committee = dice.between(3, 12);
        int leaders = dice.between(5, 30);
        int community = type.category == Category.NATIONAL_DAY ? dice.between(10, 150) : dice.between(0, 80);
        int officers = dice.between(0, 3);
        List<SeedLink> links = network.ofCenter(center, period.fiscalYear());
        List<SeedPartner> partners = !links.isEmpty() && dice.chance(0.25) ? partnersOf(dice, links) : List.of();
        int partnerPeople = partners.isEmpty() ? dice.between(0, 3) : dice.between(partners.size(), 10);
        BigDecimal budget = dice.chance(0.35) ? PartnerPlanner.baht(dice, 5, 300) : null;
        String budgetSource = budget != null && dice.chance(0.9) ? ActivityTexts.budgetSource(dice) : null;
        BigDecimal lat = null;
        BigDecimal lon = null;
        if (center.latitude != null && dice.chance(0.8)) {
            lat = near(dice, center.latitude);
            lon = near(dice, center.longitude);
        }
        LocalDate recordedOn = min(heldOn.plusDays(lag(dice)), timeline.lastDay());
        if (center.statusChangedOn != null) {
            recordedOn = min(recordedOn, center.statusChangedOn.minusDays(1)); // the app takes none for closed centers
        }
        OffsetDateTime created = SeedClock.officeHours(dice, recordedOn);
        boolean edited = dice.chance(0.08);
        OffsetDateTime updated = edited
                ? SeedClock.officeHours(dice, dice.day(recordedOn, min(recordedOn.plusDays(30), timeline.lastDay())))
                : created;
        if (updated.isBefore(created)) {
            updated = created;
        }
        table.row(id, center.id, center.subdistrict.code(), type.title(dice), heldOn, type.category.name(), type.name(),
                nationalDay, dice.chance(0.9) ? ActivityTexts.description(dice) : null,
                dice.chance(0.65) ? ActivityTexts.outcomes(dice) : null, committee, leaders, community, partnerPeople,
                officers, budget, budgetSource, lat, lon, period.fiscalYear(), period.quarter(),
                !year.inOperationPeriod(heldOn), null, edited ? 1 : 0, created, Seed.ACTOR, updated, Seed.ACTOR);
        partners.forEach(p -> activityPartners.add(new UUID[] {id, p.id()}));
        ledger.add(center.district().index(), period.index(), new ActivityFact(center, type, committee, leaders, community,
                partnerPeople, officers, budget, created.toInstant()));
    }

    /** Mostly inside the operation period; sometimes any day of the quarter the center was open. */
    private static LocalDate day(Dice dice, FiscalYearPeriod year, LocalDate from, LocalDate to) {
        LocalDate inFrom = max(from, year.operationStartsOn());
        LocalDate inTo = min(to, year.operationEndsOn());
        if (inFrom.isAfter(inTo) || dice.chance(ANY_DAY)) {
            return dice.day(from, to);
        }
        return dice.day(inFrom, inTo);
    }

    /** Days between holding an activity and recording it. */
    private static int lag(Dice dice) {
        double r = dice.unit();
        return r < 0.4 ? 0 : r < 0.9 ? dice.between(1, 7) : dice.between(8, 30);
    }

    private static List<SeedPartner> partnersOf(Dice dice, List<SeedLink> links) {
        SeedPartner first = dice.pick(links).partner();
        SeedPartner second = dice.pick(links).partner();
        return first == second || dice.chance(0.6) ? List.of(first) : List.of(first, second);
    }

    /** Knuth's method; the means here are small. */
    private static int poisson(Dice dice, double mean) {
        double limit = Math.exp(-mean);
        double product = dice.unit();
        int n = 0;
        while (product > limit) {
            product *= dice.unit();
            n++;
        }
        return n;
    }

    private static BigDecimal near(Dice dice, BigDecimal degrees) {
        return degrees.add(BigDecimal.valueOf(dice.between(-3000, 3000), 6)).setScale(6, RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
