package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.FiscalCalendar;
import th.go.cdd.cdvl.seed.reference.Province;
import th.go.cdd.cdvl.seed.reference.ReferenceData;
import th.go.cdd.cdvl.seed.text.ActivityTexts.Type;
import th.go.cdd.cdvl.seed.text.PlanningTexts;

/**
 * The driving mechanism's year (issue 15 §1-2) for the last full fiscal year and the current one:
 * each province's and district's mechanism meetings with numbered resolutions, followed up until done;
 * and a driving plan for each center open when its district's planning meeting made the plans, with
 * about two lines per quarter whose types the center's activities sometimes match and sometimes do not.
 * Each year draws from its own streams, so the current year changes nothing of the one before.
 */
public final class PlanningGenerator {

    public static final String[] MEETING_COLUMNS = {"id", "fiscal_year", "level", "area_code", "center_id", "held_on", "place",
        "title", "agenda", "committee", "volunteer_leaders", "community", "partners", "officers", "attendee_names", "version",
        "created_at", "created_by", "updated_at", "updated_by"};
    public static final String[] RESOLUTION_COLUMNS = {"id", "meeting_id", "position", "text", "owner", "due_on", "done_on",
        "done_note"};
    public static final String[] PLAN_COLUMNS = {"id", "center_id", "subdistrict_code", "fiscal_year", "state", "meeting_id",
        "target_activities", "target_participants", "confirmed_at", "confirmed_by", "version", "created_at", "created_by",
        "updated_at", "updated_by"};
    public static final String[] LINE_COLUMNS = {"plan_id", "position", "quarter", "activity_type", "title",
        "expected_participants", "partner_id"};

    /** Share of a plan's lines that take a type the center held that quarter (else any type, by how common it is). */
    private static final double HELD_TYPE = 0.55;
    private static final double CONFIRMED = 0.85;
    /** The chance a center has no plan for the year, by diligence (steady, irregular, struggling). */
    private static final double[] NO_PLAN = {0.02, 0.05, 0.2};

    private final long seed;
    private final Timeline timeline;
    private final ReferenceData reference;
    private final List<SeedCenter> centers;
    private final ActivityLedger ledger;
    private final PartnerNetwork network;
    private final double[] typeWeights;

    private final List<Object[]> meetings = new ArrayList<>();
    private final List<Object[]> resolutions = new ArrayList<>();
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> lines = new ArrayList<>();

    public PlanningGenerator(long seed, Timeline timeline, ReferenceData reference, List<SeedCenter> centers,
            ActivityGenerator activities, PartnerNetwork network) {
        this.seed = seed;
        this.timeline = timeline;
        this.reference = reference;
        this.centers = centers;
        this.ledger = activities.ledger();
        this.network = network;
        Type[] types = Type.values();
        this.typeWeights = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            typeWeights[i] = types[i].weight;
        }
    }

    /** The fiscal years with a driving mechanism in the data set: the last full one and the current one. */
    public static List<Integer> years(Timeline timeline) {
        return timeline.currentFiscalYear() > Timeline.LAST_FULL_YEAR
                ? List.of(Timeline.LAST_FULL_YEAR, timeline.currentFiscalYear()) : List.of(Timeline.LAST_FULL_YEAR);
    }

    public PlanningGenerator generate() {
        for (int year : years(timeline)) {
            Map<District, Object[]> planningMeetings = new HashMap<>();
            Dice meetingDice = Dice.stream(seed, "meetings-" + year);
            for (Province province : reference.provinces()) {
                provinceMeetings(meetingDice, province, year);
            }
            for (District district : reference.districts()) {
                Object[] planning = districtMeetings(meetingDice, district, year);
                if (planning != null) {
                    planningMeetings.put(district, planning);
                }
            }
            Dice planDice = Dice.stream(seed, "plans-" + year);
            Map<SeedCenter, Map<Integer, List<Type>>> held = heldByCenter(year);
            for (SeedCenter center : centers) {
                Object[] meeting = planningMeetings.get(center.district());
                if (meeting != null) {
                    plan(planDice, center, year, meeting, held.getOrDefault(center, Map.of()));
                }
            }
        }
        return this;
    }

    public void writeMeetings(CopyTable table) {
        meetings.forEach(table::row);
    }

    public void writeResolutions(CopyTable table) {
        resolutions.forEach(table::row);
    }

    public void writePlans(CopyTable table) {
        plans.forEach(table::row);
    }

    public void writeLines(CopyTable table) {
        lines.forEach(table::row);
    }

    /** The province's committee meets at the start of the year, mid-year and before its end. */
    private void provinceMeetings(Dice dice, Province province, int year) {
        int[][] windows = {{1, 1, 10, 31}, {3, 1, 0, 28}, {4, 2, 0, 25}};
        int n = 0;
        for (int[] w : windows) {
            if (w[0] != 1 && dice.chance(0.15)) {
                continue;
            }
            LocalDate day = dayIn(dice, year, w[0], w[1], w[2], w[3]);
            meeting(dice, year, "PROVINCE", province.code(), day, ++n, "ห้องประชุมศาลากลางจังหวัด" + province.nameTh(),
                    "พัฒนาการจังหวัด", Seed.officer(province.code()));
        }
    }

    /**
     * The district's mechanism plans the centers' year at its first meeting (October or November), and
     * meets again once or twice later; returns the planning meeting's row, or null if it is not held yet.
     */
    private Object[] districtMeetings(Dice dice, District district, int year) {
        LocalDate first = dayIn(dice, year, 1, 0, 5, 50);
        int n = 1;
        Object[] planning = meeting(dice, year, "DISTRICT", district.code(), first, n, "ห้องประชุมที่ว่าการอำเภอ" + district.nameTh(),
                "พัฒนาการอำเภอ", Seed.officer(district.code()));
        for (int quarter = 2; quarter <= 4; quarter++) {
            if (dice.chance(quarter == 3 ? 0.8 : 0.45)) {
                LocalDate day = dayIn(dice, year, quarter, dice.below(3), 0, 27);
                meeting(dice, year, "DISTRICT", district.code(), day, ++n, "ห้องประชุมที่ว่าการอำเภอ" + district.nameTh(),
                        "พัฒนาการอำเภอ", Seed.officer(district.code()));
            }
        }
        return planning;
    }

    /** A day in a quarter: {@code month} months after its start, then {@code from}-{@code to} days on. */
    private static LocalDate dayIn(Dice dice, int year, int quarter, int month, int from, int to) {
        return FiscalCalendar.quarterStart(year, quarter).plusMonths(month).plusDays(dice.between(from, to));
    }

    /** One meeting with 2-5 resolutions; nothing (null) when it lies after the data set's last day. */
    private Object[] meeting(Dice dice, int year, String level, String areaCode, LocalDate day, int number, String place,
            String chair, String actor) {
        UUID id = dice.uuid();
        int resolutionCount = dice.between(2, 5);
        int committee = dice.between(8, 30);
        int leaders = dice.between(5, 40);
        int community = dice.between(0, 20);
        int partners = dice.between(1, 12);
        int officers = dice.between(2, 8);
        String agenda = PlanningTexts.agenda(dice, number);
        OffsetDateTime created = SeedClock.officeHours(dice, day.plusDays(dice.between(0, 5)));
        List<Object[]> own = new ArrayList<>();
        for (int p = 1; p <= resolutionCount; p++) {
            LocalDate due = day.plusDays(dice.between(30, 90));
            boolean done = !due.isAfter(timeline.lastDay()) ? dice.chance(0.75) : dice.chance(0.2);
            LocalDate doneOn = done ? dice.day(day.plusDays(7), due.plusDays(dice.between(-10, 20))) : null;
            if (doneOn != null && doneOn.isAfter(timeline.lastDay())) {
                doneOn = null;
            }
            own.add(new Object[] {dice.uuid(), id, p, PlanningTexts.resolution(dice), dice.chance(0.8) ? PlanningTexts.owner(dice, chair) : null,
                dice.chance(0.9) ? due : null, doneOn, doneOn != null && dice.chance(0.7) ? PlanningTexts.doneNote(dice) : null});
        }
        if (day.isAfter(timeline.lastDay()) || created.toLocalDate().isAfter(timeline.lastDay())) {
            return null; // not held yet: the draws above keep every later meeting where it was
        }
        Object[] row = {id, year, level, areaCode, null, day, place,
            PlanningTexts.meetingTitle(level, number, year), agenda, committee, leaders, community, partners, officers, null, 0,
            created, actor, created, actor};
        meetings.add(row);
        resolutions.addAll(own);
        return row;
    }

    private void plan(Dice dice, SeedCenter center, int year, Object[] meeting, Map<Integer, List<Type>> held) {
        // every draw of a center happens whether or not it gets a plan, so one center's fate moves no other's
        UUID id = dice.uuid();
        boolean skip = dice.chance(NO_PLAN[center.diligence.ordinal()]);
        LocalDate day = ((LocalDate) meeting[5]).plusDays(dice.between(0, 14));
        boolean confirmed = dice.chance(CONFIRMED);
        LocalDate confirmedOn = day.plusDays(dice.between(1, 20));
        int targetActivities = dice.between(8, 16);
        int targetParticipants = 10 * dice.between(20, 80);
        List<Object[]> own = new ArrayList<>();
        List<SeedLink> links = network.ofCenter(center, year);
        int position = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            int count = dice.between(1, 3);
            List<Type> heldThen = held.getOrDefault(quarter, List.of());
            for (int n = 0; n < count; n++) {
                Type type = !heldThen.isEmpty() && dice.chance(HELD_TYPE) ? dice.pick(heldThen) : Type.values()[dice.weighted(typeWeights)];
                UUID partner = !links.isEmpty() && dice.chance(0.2) ? dice.pick(links).partner().id() : null;
                own.add(new Object[] {id, ++position, quarter, type.name(), type.title(dice), 5 * dice.between(4, 16), partner});
            }
        }
        if (skip || !center.openOn(day) || day.isAfter(timeline.lastDay())) {
            return;
        }
        String district = Seed.officer(center.district().code());
        OffsetDateTime created = SeedClock.officeHours(dice, day);
        boolean isConfirmed = confirmed && !confirmedOn.isAfter(timeline.lastDay());
        OffsetDateTime confirmedAt = isConfirmed ? SeedClock.officeHours(dice, confirmedOn) : null;
        OffsetDateTime updated = isConfirmed ? confirmedAt : created;
        plans.add(new Object[] {id, center.id, center.subdistrict.code(), year, isConfirmed ? "CONFIRMED" : "DRAFT", meeting[0],
            targetActivities, targetParticipants, confirmedAt, isConfirmed ? district : null, isConfirmed ? 1 : 0, created, district,
            updated, district});
        lines.addAll(own);
    }

    /** The types each center held per quarter of the year, one entry per activity (so common types weigh more). */
    private Map<SeedCenter, Map<Integer, List<Type>>> heldByCenter(int year) {
        Map<SeedCenter, Map<Integer, List<Type>>> held = new HashMap<>();
        for (Timeline.Period period : timeline.periods()) {
            if (period.fiscalYear() != year) {
                continue;
            }
            for (District district : reference.districts()) {
                for (ActivityFact fact : ledger.of(district.index(), period.index())) {
                    held.computeIfAbsent(fact.center(), c -> new HashMap<>())
                            .computeIfAbsent(period.quarter(), q -> new ArrayList<>()).add(fact.type());
                }
            }
        }
        return held;
    }
}
