package th.go.cdd.cdvl.seed.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.FiscalCalendar;
import th.go.cdd.cdvl.seed.text.PlanningTexts;
import th.go.cdd.cdvl.seed.text.ThaiNames;

/**
 * Evaluation visits (issue 15 §3) in the years of the driving mechanism: the department's rubric for
 * each year (five weighted criteria, four levels), frozen by its first visit; and a visit of the
 * province's or district's officers to about half the centers in the last full year (fewer so far in
 * the current one), each criterion scored 1-5 by how diligent the center is, with the weighted total
 * and level as the app computes them (RubricScoring), strengths, advice and sometimes a follow-up.
 */
public final class EvaluationGenerator {

    public static final String[] RUBRIC_COLUMNS = {"id", "fiscal_year", "revision", "frozen_at", "version", "created_at", "created_by",
        "updated_at", "updated_by"};
    public static final String[] CRITERION_COLUMNS = {"id", "rubric_id", "position", "name", "description", "weight"};
    public static final String[] LEVEL_COLUMNS = {"rubric_id", "name", "min_score"};
    public static final String[] VISIT_COLUMNS = {"id", "center_id", "subdistrict_code", "rubric_id", "fiscal_year", "quarter",
        "visited_on", "visitors", "latitude", "longitude", "total", "level_name", "strengths", "advice", "follow_up",
        "follow_up_due_on", "follow_up_done_on", "version", "created_at", "created_by", "updated_at", "updated_by"};
    public static final String[] SCORE_COLUMNS = {"visit_id", "criterion_id", "score", "note"};

    private static final String[] CRITERIA = {"การบริหารจัดการศูนย์ฯ", "การจัดกิจกรรมตามภารกิจ", "การมีส่วนร่วมของภาคีเครือข่าย",
        "การบันทึกและรายงานผล", "ผลลัพธ์ต่อชุมชน"};
    private static final int[] WEIGHTS = {25, 25, 20, 15, 15};
    private static final String[] LEVELS = {"ดีเด่น", "ดี", "พอใช้", "ปรับปรุง"};
    private static final BigDecimal[] LEVEL_MINIMA = {new BigDecimal("4.50"), new BigDecimal("3.50"), new BigDecimal("2.50"),
        new BigDecimal("1.00")};
    /** The mean score of a center by diligence (steady, irregular, struggling). */
    private static final double[] MEAN_SCORE = {4.1, 3.4, 2.5};
    private static final double VISITED_IN_FULL_YEAR = 0.5;

    private final long seed;
    private final Timeline timeline;
    private final List<SeedCenter> centers;

    private final List<Object[]> rubrics = new ArrayList<>();
    private final List<Object[]> criteria = new ArrayList<>();
    private final List<Object[]> levels = new ArrayList<>();
    private final List<Object[]> visits = new ArrayList<>();
    private final List<Object[]> scores = new ArrayList<>();

    public EvaluationGenerator(long seed, Timeline timeline, List<SeedCenter> centers) {
        this.seed = seed;
        this.timeline = timeline;
        this.centers = centers;
    }

    public EvaluationGenerator generate() {
        for (int year : PlanningGenerator.years(timeline)) {
            Dice dice = Dice.stream(seed, "evaluation-" + year);
            UUID rubric = dice.uuid();
            UUID[] criterionIds = new UUID[CRITERIA.length];
            for (int i = 0; i < CRITERIA.length; i++) {
                criterionIds[i] = dice.uuid();
                criteria.add(new Object[] {criterionIds[i], rubric, i + 1, CRITERIA[i], null, WEIGHTS[i]});
            }
            for (int i = 0; i < LEVELS.length; i++) {
                levels.add(new Object[] {rubric, LEVELS[i], LEVEL_MINIMA[i]});
            }
            LocalDate rubricDay = FiscalCalendar.quarterStart(year, 1).plusDays(dice.between(3, 20));
            OffsetDateTime rubricCreated = SeedClock.officeHours(dice, rubricDay);
            // the full year's visits run from January to August; the current year's only began
            double share = year <= Timeline.LAST_FULL_YEAR ? VISITED_IN_FULL_YEAR : 0.5 * VISITED_IN_FULL_YEAR;
            LocalDate from = FiscalCalendar.quarterStart(year, year <= Timeline.LAST_FULL_YEAR ? 2 : 1).plusDays(30);
            LocalDate to = FiscalCalendar.quarterEnd(year, 4).minusDays(30);
            OffsetDateTime firstVisit = null;
            for (SeedCenter center : centers) {
                OffsetDateTime created = visit(dice, center, year, rubric, criterionIds, share, from, to);
                if (created != null && (firstVisit == null || created.isBefore(firstVisit))) {
                    firstVisit = created;
                }
            }
            if (!rubricDay.isAfter(timeline.lastDay())) {
                OffsetDateTime frozen = firstVisit != null && firstVisit.isAfter(rubricCreated) ? firstVisit : null;
                rubrics.add(new Object[] {rubric, year, 1, frozen, frozen == null ? 0 : 1, rubricCreated, Seed.ACTOR,
                    frozen == null ? rubricCreated : frozen, Seed.ACTOR});
            }
        }
        if (rubrics.size() < PlanningGenerator.years(timeline).size()) {
            // a rubric not made yet has no criteria, levels or visits either
            Set<Object> made = rubrics.stream().map(r -> r[0]).collect(Collectors.toSet());
            criteria.removeIf(c -> !made.contains(c[1]));
            levels.removeIf(l -> !made.contains(l[0]));
            visits.removeIf(v -> !made.contains(v[3]));
            Set<Object> kept = visits.stream().map(v -> v[0]).collect(Collectors.toSet());
            scores.removeIf(s -> !kept.contains(s[0]));
        }
        return this;
    }

    public void writeRubrics(CopyTable table) {
        rubrics.forEach(table::row);
    }

    public void writeCriteria(CopyTable table) {
        criteria.forEach(table::row);
    }

    public void writeLevels(CopyTable table) {
        levels.forEach(table::row);
    }

    public void writeVisits(CopyTable table) {
        visits.forEach(table::row);
    }

    public void writeScores(CopyTable table) {
        scores.forEach(table::row);
    }

    /** The center's visit of the year, if it gets one and it has happened; returns when it was recorded. */
    private OffsetDateTime visit(Dice dice, SeedCenter center, int year, UUID rubric, UUID[] criterionIds, double share,
            LocalDate from, LocalDate to) {
        // every draw of a center happens whether or not it is visited, so one center's fate moves no other's
        UUID id = dice.uuid();
        boolean visited = dice.chance(share);
        LocalDate day = dice.day(from, to);
        double mean = MEAN_SCORE[center.diligence.ordinal()];
        int[] given = new int[criterionIds.length];
        long weighted = 0;
        long weights = 0;
        for (int i = 0; i < given.length; i++) {
            given[i] = Math.max(1, Math.min(5, (int) Math.round(mean + dice.unit() * 2 - 1)));
            weighted += (long) WEIGHTS[i] * given[i];
            weights += WEIGHTS[i];
        }
        // RubricScoring: Σ(score × weight) / Σ(weight), half up to two decimals; the highest level reached
        BigDecimal total = BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        String level = null;
        for (int i = 0; i < LEVELS.length && level == null; i++) {
            if (total.compareTo(LEVEL_MINIMA[i]) >= 0) {
                level = LEVELS[i];
            }
        }
        boolean byProvince = dice.chance(0.4);
        String visitors = ThaiNames.fullName(dice) + (byProvince ? " (พัฒนาการจังหวัด)" : " (พัฒนาการอำเภอ)") + ", "
                + ThaiNames.fullName(dice) + " (นักวิชาการพัฒนาชุมชน)";
        boolean located = center.latitude != null && dice.chance(0.75);
        BigDecimal latitude = located ? near(dice, center.latitude) : null;
        BigDecimal longitude = located ? near(dice, center.longitude) : null;
        String strengths = PlanningTexts.strengths(dice);
        String advice = dice.chance(0.85) ? PlanningTexts.advice(dice) : null;
        boolean followUp = total.compareTo(LEVEL_MINIMA[1]) < 0 ? dice.chance(0.8) : dice.chance(0.2);
        String followUpText = PlanningTexts.followUp(dice);
        LocalDate dueOn = day.plusDays(dice.between(30, 60));
        LocalDate doneOn = dice.chance(0.6) ? day.plusDays(dice.between(10, 70)) : null;
        OffsetDateTime created = SeedClock.officeHours(dice, day.plusDays(dice.between(0, 3)));
        if (!visited || !center.openOn(day) || created.toLocalDate().isAfter(timeline.lastDay())) {
            return null;
        }
        if (doneOn != null && doneOn.isAfter(timeline.lastDay())) {
            doneOn = null;
        }
        String actor = Seed.officer(byProvince ? center.district().province().code() : center.district().code());
        visits.add(new Object[] {id, center.id, center.subdistrict.code(), rubric, year, FiscalCalendar.quarterOf(day), day,
            visitors, latitude, longitude, total, level,
            strengths, advice, followUp ? followUpText : null, followUp ? dueOn : null, followUp ? doneOn : null,
            followUp && doneOn != null ? 1 : 0, created, actor, created, actor});
        for (int i = 0; i < given.length; i++) {
            scores.add(new Object[] {id, criterionIds[i], given[i], null});
        }
        return created;
    }

    private static BigDecimal near(Dice dice, BigDecimal degrees) {
        return degrees.add(BigDecimal.valueOf(dice.between(-500, 500), 6)).setScale(6, RoundingMode.HALF_UP);
    }
}
