package th.go.cdd.cdvl.seed.generate;

import java.time.LocalDate;
import java.util.List;
import th.go.cdd.cdvl.seed.load.CopyTable;
import th.go.cdd.cdvl.seed.reference.District;
import th.go.cdd.cdvl.seed.reference.QuarterlyDeadline;
import th.go.cdd.cdvl.seed.reference.ReferenceData;
import th.go.cdd.cdvl.seed.text.ReportTexts;

/**
 * The districts' quarterly reports, as the app's report workflow would have left them: for past
 * quarters mostly accepted, some awaiting review, returned, resubmitted, a few late, a few only
 * drafted or never started; for the current quarter mostly nothing yet (the load test submits
 * them), some drafts and a few early submissions.
 */
public final class DistrictReportGenerator {

    public static final String[] COLUMNS = {"id", "deadline_id", "district_code", "state", "results", "problems",
        "suggestions", "good_practice", "figures", "submitted_at", "submitted_by", "on_time", "last_submitted_at",
        "reviewed_at", "reviewed_by", "review_comment", "version", "created_at", "created_by", "updated_at", "updated_by"};

    private enum Fate {
        NONE, DRAFT, SUBMITTED, RETURNED, ACCEPTED
    }

    /** Fates by how many quarters ago the deadline was: the latest one is still being reviewed. */
    private static final double[] LAST_QUARTER = {3, 4, 30, 8, 55};
    private static final double[] QUARTER_BEFORE = {3, 3, 10, 4, 80};
    private static final double[] OLDER = {2, 2, 3, 2, 91};
    private static final double[] CURRENT = {85, 11, 4, 0, 0};
    /** Most districts are rarely late, some often, a few usually. */
    private static final double[] LATENESS = {0.07, 0.25, 0.6};
    private static final double[] LATENESS_SHARES = {70, 25, 5};

    private final long seed;
    private final Timeline timeline;
    private final ReferenceData reference;
    private final ReportFigures figures;
    private final double[] lateness;

    public DistrictReportGenerator(long seed, Timeline timeline, ReferenceData reference, List<SeedCenter> centers,
            ActivityGenerator activities, PartnerNetwork network) {
        this.seed = seed;
        this.timeline = timeline;
        this.reference = reference;
        this.figures = new ReportFigures(ReportFigures.byDistrict(centers), activities.ledger(), network);
        Dice dice = Dice.stream(seed, "district-lateness");
        this.lateness = new double[reference.districts().size()];
        for (int i = 0; i < lateness.length; i++) {
            lateness[i] = LATENESS[dice.weighted(LATENESS_SHARES)];
        }
    }

    public void write(CopyTable table) {
        Timeline.Period current = timeline.periods().get(timeline.periods().size() - 1);
        for (QuarterlyDeadline deadline : reference.deadlines()) {
            if (deadline.fiscalYear() < Timeline.FIRST_YEAR
                    || (deadline.fiscalYear() - Timeline.FIRST_YEAR) * 4 + deadline.quarter() - 1 > current.index()) {
                continue;
            }
            Timeline.Period period = timeline.period(deadline.fiscalYear(), deadline.quarter());
            int ago = current.index() - period.index();
            double[] fates = ago == 0 ? CURRENT : ago == 1 ? LAST_QUARTER : ago == 2 ? QUARTER_BEFORE : OLDER;
            Dice dice = Dice.stream(seed, "reports-" + deadline.fiscalYear() + "-" + deadline.quarter());
            for (District district : reference.districts()) {
                Fate fate = Fate.values()[dice.weighted(fates)];
                if (fate != Fate.NONE) {
                    report(dice, deadline, period, district, fate, ago == 0, table);
                }
            }
        }
    }

    private void report(Dice dice, QuarterlyDeadline deadline, Timeline.Period period, District district, Fate fate,
            boolean current, CopyTable table) {
        ReportHistory h = new ReportHistory(district, timeline.end());
        LocalDate due = deadline.dueOn();
        LocalDate startedOn = max(period.starts().plusDays(20), due.minusDays(dice.between(3, 25)));
        if (current) {
            startedOn = min(startedOn, timeline.lastDay().minusDays(dice.between(0, 10)));
            startedOn = max(startedOn, period.starts());
        }
        h.create(SeedClock.officeHours(dice, startedOn));
        if (fate != Fate.DRAFT) {
            boolean late = !current && dice.chance(lateness[district.index()]);
            LocalDate day = late ? due.plusDays(dice.between(1, 25))
                    : max(startedOn, due.minusDays(dice.between(0, 6)));
            if (current) {
                day = dice.day(startedOn, timeline.lastDay());
            }
            if (h.submit(SeedClock.officeHours(dice, day), due)) {
                boolean returnedFirst = fate == Fate.RETURNED || dice.chance(0.12);
                if (returnedFirst && h.review(SeedClock.officeHours(dice, h.lastDay().plusDays(dice.between(1, 12))), false,
                        ReportTexts.returnComment(dice)) && fate != Fate.RETURNED) {
                    h.submit(SeedClock.officeHours(dice, h.lastDay().plusDays(dice.between(1, 10))), due);
                }
                if (fate == Fate.ACCEPTED && h.state() == ReportHistory.State.SUBMITTED) {
                    h.review(SeedClock.officeHours(dice, h.lastDay().plusDays(dice.between(1, 12))), true,
                            dice.chance(0.3) ? ReportTexts.acceptComment(dice) : null);
                }
            }
        }
        boolean narrated = h.state() != ReportHistory.State.DRAFT || dice.chance(0.7);
        String figureJson = h.lastSubmittedAt() == null ? null
                : figures.json(district.index(), period, h.lastSubmittedAt().toInstant());
        table.row(dice.uuid(), deadline.id(), district.code(), h.state().name(),
                narrated ? ReportTexts.results(dice) : null,
                narrated ? ReportTexts.problems(dice) : null,
                narrated && dice.chance(0.8) ? ReportTexts.suggestions(dice) : null,
                narrated && dice.chance(0.6) ? ReportTexts.goodPractice(dice) : null,
                figureJson, h.submittedAt(), h.submittedAt() == null ? null : h.officer(), h.onTime(),
                h.lastSubmittedAt(), h.reviewedAt(), h.reviewedAt() == null ? null : h.reviewer(), h.reviewComment(),
                h.version(), h.createdAt(), h.officer(), h.updatedAt(), h.updatedBy());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
