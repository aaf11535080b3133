package th.go.cdd.cdvl.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.center.CenterService;
import th.go.cdd.cdvl.center.CenterStatus;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.storage.Attachments;
import th.go.cdd.cdvl.common.storage.FileTypes;
import th.go.cdd.cdvl.common.storage.StoredFile;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.evaluation.EvaluationViews.CenterRanking;
import th.go.cdd.cdvl.evaluation.EvaluationViews.CoverageRow;
import th.go.cdd.cdvl.evaluation.EvaluationViews.ScoreRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.ScoreView;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitCoverage;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitSummary;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitView;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.PersonalData;

/**
 * Supervision and evaluation visits to centers (guideline step 5): a province or district officer
 * scores each criterion of the year's rubric; the weighted total and level follow
 * ({@link RubricScoring}). From the visits come the rankings of centers, the share visited per area
 * and quarter, and the follow-ups that are overdue. Its photos ({@link Attachments}, JPEG or PNG,
 * at most {@value #MAX_PHOTOS}) are added and removed by those who may correct the visit.
 */
@ApplicationScoped
public class VisitService {

    static final String AUDIT_TYPE = "EVALUATION_VISIT";
    static final int LISTED = 200;
    static final int MAX_PHOTOS = 10;
    private static final Map<String, String> SORTS = Map.of("visitedOn", "v.visitedOn", "total", "v.total", "updatedAt", "v.updatedAt");

    private final VisitRepository visits;
    private final RubricService rubrics;
    private final CenterService centers;
    private final GeoService geo;
    private final AreaResolver areas;
    private final AuditService audit;
    private final CurrentUser user;
    private final PersonalData personal;
    private final Attachments attachments;
    private final Clock clock;

    public VisitService(VisitRepository visits, RubricService rubrics, CenterService centers, GeoService geo, AreaResolver areas,
            AuditService audit, CurrentUser user, PersonalData personal, Attachments attachments, Clock clock) {
        this.visits = visits;
        this.attachments = attachments;
        this.rubrics = rubrics;
        this.centers = centers;
        this.geo = geo;
        this.areas = areas;
        this.audit = audit;
        this.user = user;
        this.personal = personal;
        this.clock = clock;
    }

    public PageView<VisitSummary> list(String areaCode, Integer fiscalYear, Integer quarter, UUID centerId, PageParams paging) {
        String area = areaCode == null || areaCode.isBlank() ? null : areas.resolve(areaCode).code();
        var query = visits.search(user.scope(), new VisitRepository.Filter(area, fiscalYear, quarter, centerId),
                paging.sort(SORTS, "-visitedOn", "v.id")).page(paging.panachePage());
        List<EvaluationVisit> page = query.list();
        return paging.view(summaries(page), query.count());
    }

    public VisitView get(UUID id) {
        EvaluationVisit visit = visible(id);
        return shown(visit);
    }

    @Transactional
    public VisitView create(VisitRequest request) {
        CenterView center = centerFor(request.centerId());
        requireVisitDate(request.visitedOn());
        Rubric rubric = rubrics.useCurrent(FiscalCalendar.fiscalYearOf(request.visitedOn()));
        EvaluationVisit visit = new EvaluationVisit(center.id(), center.subdistrictCode(), rubric.getId(), OffsetDateTime.now(clock),
                user.username());
        describe(visit, request, rubric);
        visits.persist(visit);
        visits.flush();
        VisitView created = view(visit, rubric, center.name());
        audit.record(AUDIT_TYPE, visit.getId(), visit.getCenterId(), visit.getSubdistrictCode(), "CREATE", null, created);
        return personal.shown(created, visit.getSubdistrictCode());
    }

    /** A corrected record of a visit: the same center, and the same fiscal year, whose rubric it was scored under. */
    @Transactional
    public VisitView update(UUID id, String ifMatch, VisitRequest request) {
        // Visits are visible only inside the caller's area, so one found is one the caller may correct.
        EvaluationVisit visit = visible(id);
        Versions.requireCurrent(ifMatch, visit.getVersion());
        if (!visit.getCenterId().equals(request.centerId())) {
            throw ProblemException.unprocessable("evaluation.visit.center-fixed", "A visit stays with its center; record a new visit instead.",
                    "centerId", "cannot change");
        }
        requireVisitDate(request.visitedOn());
        if (FiscalCalendar.fiscalYearOf(request.visitedOn()) != visit.getFiscalYear()) {
            throw ProblemException.unprocessable("evaluation.visit.year-fixed",
                    "A visit stays in its fiscal year, whose rubric scored it; record a new visit instead.", "visitedOn",
                    "must stay in fiscal year " + visit.getFiscalYear());
        }
        Rubric rubric = rubrics.revision(visit.getRubricId());
        String centerName = centerName(visit);
        VisitView before = view(visit, rubric, centerName);
        describe(visit, request, rubric);
        visit.touch(OffsetDateTime.now(clock), user.username());
        visits.flush();
        VisitView after = view(visit, rubric, centerName);
        audit.record(AUDIT_TYPE, id, visit.getCenterId(), visit.getSubdistrictCode(), "UPDATE", before, after);
        return personal.shown(after, visit.getSubdistrictCode());
    }

    /** Centers of a district or province placed by their latest visit's total in the year (for recognition). */
    public List<CenterRanking> rankings(String areaCode, Integer fiscalYear) {
        Area area = areas.resolve(areaCode);
        var latest = visits.latestPerCenter(user.scope(), area.code(), yearOrNow(fiscalYear));
        List<Integer> ranks = CompetitionRanks.of(latest.stream().map(VisitRepository.Latest::total).toList());
        List<CenterRanking> rows = new ArrayList<>();
        for (int i = 0; i < latest.size() && i < LISTED; i++) {
            var l = latest.get(i);
            rows.add(new CenterRanking(ranks.get(i), l.centerId(), l.centerName(), l.subdistrictCode(), district(l.subdistrictCode()),
                    l.total(), l.level(), l.visitedOn(), l.visitId()));
        }
        return rows;
    }

    /** The share of active centers visited per quarter, for each province of the nation or district of a province. */
    public VisitCoverage coverage(String areaCode, Integer fiscalYearOrNull) {
        Area area = areas.resolve(areaCode);
        int childLength = area.isNational() ? 2 : 4;
        int fiscalYear = yearOrNow(fiscalYearOrNull);
        List<CoverageRow> rows = visits.coverage(user.scope(), area.code(), childLength, fiscalYear).stream()
                .map(c -> row(geo.nameOf(c.areaCode()).orElse(new AreaName(c.areaCode(), c.areaCode(), c.areaCode())), c.centers(),
                        List.of(c.q1(), c.q2(), c.q3(), c.q4())))
                .toList();
        int centersTotal = rows.stream().mapToInt(CoverageRow::centers).sum();
        List<Integer> visitedTotal = List.of(0, 1, 2, 3).stream()
                .map(q -> rows.stream().mapToInt(r -> r.visited().get(q)).sum()).toList();
        return new VisitCoverage(fiscalYear, new AreaName(area.code(), area.nameTh(), area.nameEn()), rows,
                row(new AreaName(area.code(), area.nameTh(), area.nameEn()), centersTotal, visitedTotal));
    }

    /** Follow-ups past their due date and not done, the longest overdue first. */
    public List<VisitSummary> overdueFollowUps(String areaCode) {
        String area = areaCode == null || areaCode.isBlank() ? "" : areas.resolve(areaCode).code();
        return summaries(visits.overdueFollowUps(user.scope(), area, LocalDate.now(clock), LISTED));
    }

    private int yearOrNow(Integer fiscalYear) {
        return fiscalYear == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : fiscalYear;
    }

    private static CoverageRow row(AreaName area, int centers, List<Integer> visited) {
        List<Double> rates = visited.stream().map(v -> centers == 0 ? 0.0 : Math.round(v * 10_000.0 / centers) / 10_000.0).toList();
        return new CoverageRow(area, centers, visited, rates);
    }

    /** Adds a photo to a visit the caller may correct; checked in a transaction of its own, before the body arrives. */
    public AttachmentView addPhoto(UUID id, String fileName, InputStream body) {
        Attachments.Owner owner = QuarkusTransaction.requiringNew().call(() -> owner(visible(id)));
        return attachments.add(owner, type -> "PHOTO", FileTypes.IMAGES, MAX_PHOTOS, body, fileName, user.username());
    }

    public StoredFile photo(UUID id, UUID photoId) {
        return attachments.file(owner(visible(id)), photoId);
    }

    public InputStream open(StoredFile photo) {
        return attachments.open(photo);
    }

    /** Removes a photo of a visit the caller may correct; If-Match is the photo's ETag. */
    public void deletePhoto(UUID id, UUID photoId, String ifMatch) {
        attachments.delete(QuarkusTransaction.requiringNew().call(() -> owner(visible(id))), photoId, ifMatch);
    }

    private static Attachments.Owner owner(EvaluationVisit visit) {
        return new Attachments.Owner("VISIT", visit.getId(), visit.getSubdistrictCode(), "/api/v1/visits/" + visit.getId() + "/photos");
    }

    private EvaluationVisit visible(UUID id) {
        return visits.findVisible(user.scope(), id).orElseThrow(() -> ProblemException.notFound("evaluation.visit.not-found",
                "No visit " + id + " in your area."));
    }

    private CenterView centerFor(UUID centerId) {
        CenterView center = centers.find(centerId).orElseThrow(() -> ProblemException.unprocessable("evaluation.visit.center.unknown",
                "No center " + centerId + " in your area.", "centerId", "not a center in your area"));
        if (center.status() == CenterStatus.CLOSED) {
            throw ProblemException.conflict("evaluation.visit.center.closed", "The center is closed; visits are recorded for open centers.");
        }
        return center;
    }

    private void requireVisitDate(LocalDate visitedOn) {
        if (visitedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("evaluation.visit.future", "A visit is recorded once it has taken place.", "visitedOn",
                    "not after today");
        }
    }

    /** The scores must name each criterion of the rubric once; the total and level follow from them. */
    private void describe(EvaluationVisit visit, VisitRequest r, Rubric rubric) {
        geo.requirePointInThailand(r.latitude(), r.longitude());
        Map<UUID, RubricCriterion> criteria = rubric.getCriteria().stream()
                .collect(Collectors.toMap(RubricCriterion::getId, Function.identity()));
        Set<UUID> sent = r.scores().stream().map(ScoreRequest::criterionId).collect(Collectors.toSet());
        if (sent.size() != r.scores().size() || !sent.equals(criteria.keySet())) {
            throw ProblemException.unprocessable("evaluation.visit.scores",
                    "Score each of the rubric's " + criteria.size() + " criteria exactly once (revision " + rubric.getRevision() + ").",
                    "scores", "one score per criterion of the rubric");
        }
        List<VisitScore> scores = r.scores().stream()
                .sorted((a, b) -> Integer.compare(criteria.get(a.criterionId()).getPosition(), criteria.get(b.criterionId()).getPosition()))
                .map(s -> new VisitScore(s.criterionId(), s.score(), Texts.blankToNull(s.note()))).toList();
        BigDecimal total = RubricScoring.total(scores.stream()
                .map(s -> new RubricScoring.Weighted(criteria.get(s.criterionId()).getWeight(), s.score())).toList());
        String level = RubricScoring.level(total, rubric.getLevels().stream()
                .map(l -> new RubricScoring.Level(l.name(), l.minScore())).toList()).orElse(null);
        visit.describe(r.visitedOn(), r.visitors().trim(), r.latitude(), r.longitude(), Texts.blankToNull(r.strengths()),
                Texts.blankToNull(r.advice()), Texts.blankToNull(r.followUp()), r.followUpDueOn(), r.followUpDoneOn());
        visit.score(scores, total, level);
    }

    private VisitView shown(EvaluationVisit visit) {
        return personal.shown(view(visit, rubrics.revision(visit.getRubricId()), centerName(visit)), visit.getSubdistrictCode());
    }

    private VisitView view(EvaluationVisit v, Rubric rubric, String centerName) {
        Map<UUID, RubricCriterion> criteria = rubric.getCriteria().stream()
                .collect(Collectors.toMap(RubricCriterion::getId, Function.identity()));
        List<ScoreView> scores = v.getScores().stream().map(s -> {
            RubricCriterion c = criteria.get(s.criterionId());
            return new ScoreView(s.criterionId(), c.getPosition(), c.getName(), c.getWeight(), s.score(), s.note());
        }).sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
        return new VisitView(v.getId(), v.getCenterId(), centerName, v.getSubdistrictCode(), district(v.getSubdistrictCode()),
                v.getFiscalYear(), v.getQuarter(), v.getVisitedOn(), v.getVisitors(), v.getLatitude(), v.getLongitude(), rubric.getId(),
                rubric.getRevision(), scores, v.getTotal(), v.getLevelName(), v.getStrengths(), v.getAdvice(), v.getFollowUp(),
                v.getFollowUpDueOn(), v.getFollowUpDoneOn(), overdue(v), attachments.list(owner(v)), v.getVersion(), v.getCreatedAt(), v.getCreatedBy(),
                v.getUpdatedAt(), v.getUpdatedBy());
    }

    private List<VisitSummary> summaries(List<EvaluationVisit> page) {
        Map<UUID, String> names = centers.names(page.stream().map(EvaluationVisit::getCenterId).distinct().toList());
        return page.stream().map(v -> new VisitSummary(v.getId(), v.getCenterId(), names.get(v.getCenterId()), v.getSubdistrictCode(),
                district(v.getSubdistrictCode()), v.getFiscalYear(), v.getQuarter(), v.getVisitedOn(), v.getTotal(), v.getLevelName(),
                v.getFollowUpDueOn(), v.getFollowUpDoneOn(), overdue(v), v.getVersion())).toList();
    }

    private boolean overdue(EvaluationVisit v) {
        return v.getFollowUpDueOn() != null && v.getFollowUpDoneOn() == null && v.getFollowUpDueOn().isBefore(LocalDate.now(clock));
    }

    private String centerName(EvaluationVisit v) {
        return Objects.requireNonNullElse(centers.names(List.of(v.getCenterId())).get(v.getCenterId()), "");
    }

    private AreaName district(String subdistrictCode) {
        return geo.nameOf(subdistrictCode.substring(0, 4)).orElse(null);
    }
}
