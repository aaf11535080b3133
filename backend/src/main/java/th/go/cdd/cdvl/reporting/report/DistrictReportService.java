package th.go.cdd.cdvl.reporting.report;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import th.go.cdd.cdvl.calendar.DeadlineRule;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.reporting.report.ReportViews.DeadlineRef;
import th.go.cdd.cdvl.reporting.report.ReportViews.DistrictReportView;
import th.go.cdd.cdvl.reporting.report.ReportViews.NarrativeRequest;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DeadlineService;

/**
 * The district report for a deadline (enclosure 2 of the letter for quarterly reports; the
 * district's confirmation of its center locations for the location report). District officers
 * write and submit; provinces return or accept; an accepted report is locked until reopened.
 * Figures come from the data and are frozen at submission.
 */
@ApplicationScoped
public class DistrictReportService {

    static final String AUDIT_TYPE = "DISTRICT_REPORT";

    private final DistrictReportRepository reports;
    private final DeadlineService deadlines;
    private final LiveFigures liveFigures;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final ReportJson json;
    private final ReportXlsx xlsx;
    private final Clock clock;

    public DistrictReportService(DistrictReportRepository reports, DeadlineService deadlines, LiveFigures liveFigures,
            GeoService geo, AuditService audit, CurrentUser user, ReportJson json, ReportXlsx xlsx, Clock clock) {
        this.reports = reports;
        this.deadlines = deadlines;
        this.liveFigures = liveFigures;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.json = json;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    public DistrictReportView get(UUID deadlineId, String districtCode) {
        Deadline deadline = deadlines.require(deadlineId);
        AreaScope scope = visibleDistrict(districtCode);
        return view(deadline, districtCode, reports.of(scope, deadlineId, districtCode).orElse(null), live(deadline, districtCode));
    }

    /**
     * Saves the narrative; the first save starts the report, later ones need If-Match. A narrative
     * changes no figure, so with {@code withFigures} false (the client asked for {@code Prefer:
     * return=minimal}) the answer carries none and nothing is computed.
     */
    @Transactional
    public DistrictReportView write(UUID deadlineId, String districtCode, String ifMatch, NarrativeRequest request,
            boolean withFigures) {
        Deadline deadline = deadlines.require(deadlineId);
        AreaScope scope = visibleDistrict(districtCode);
        DistrictReport report = reports.of(scope, deadlineId, districtCode).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean isNew = report == null;
        DistrictReportView before = null;
        if (isNew) {
            report = new DistrictReport(deadlineId, districtCode, now, user.username());
        } else {
            Versions.requireCurrent(ifMatch, report.getVersion());
            before = view(deadline, districtCode, report, null);
        }
        report.write(Texts.blankToNull(request.results()), Texts.blankToNull(request.problems()), Texts.blankToNull(request.suggestions()),
                Texts.blankToNull(request.goodPractice()), now, user.username());
        if (isNew) {
            reports.persist(report);
        }
        return saved(deadline, report, before, isNew ? "CREATE" : "UPDATE", withFigures ? live(deadline, districtCode) : null);
    }

    /** Submits the report; the first submission is judged on time or late against the date in force. */
    @Transactional
    public DistrictReportView submit(UUID deadlineId, String districtCode, String ifMatch) {
        return review(deadlineId, districtCode, ifMatch, "SUBMIT", (report, deadline) -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            boolean onTime = DeadlineRule.onTime(now, deadlines.dueDates(deadline).dueFor(districtCode), clock.getZone());
            report.submit(json.write(liveFigures.ofDistrict(deadline, districtCode)), onTime, now, user.username());
        });
    }

    @Transactional
    public DistrictReportView returnForChanges(UUID deadlineId, String districtCode, String ifMatch, String comment) {
        String text = Reviewed.required(comment, "comment", "Say what the district should change.");
        return review(deadlineId, districtCode, ifMatch, "RETURN", (r, d) -> r.returnForChanges(text, OffsetDateTime.now(clock), user.username()));
    }

    @Transactional
    public DistrictReportView accept(UUID deadlineId, String districtCode, String ifMatch, String comment) {
        return review(deadlineId, districtCode, ifMatch, "ACCEPT", (r, d) -> r.accept(Texts.blankToNull(comment), OffsetDateTime.now(clock), user.username()));
    }

    /** Reopens an accepted report for a correction; the reason is kept in the review and the audit. */
    @Transactional
    public DistrictReportView reopen(UUID deadlineId, String districtCode, String ifMatch, String reason) {
        String text = Reviewed.required(reason, "reason", "Say why the accepted report is reopened.");
        return review(deadlineId, districtCode, ifMatch, "REOPEN", (r, d) -> r.reopen(text, OffsetDateTime.now(clock), user.username()));
    }

    /** The district report as the official form in Excel. */
    public void writeXlsx(DistrictReportView report, java.io.OutputStream out) throws java.io.IOException {
        Map<String, String> narrative = ReportXlsx.narrative(report.results(), report.problems(), report.suggestions(),
                report.goodPractice());
        xlsx.write("แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน",
                List.of(report.deadline().titleTh(), "อำเภอ" + report.district().nameTh() + " จังหวัด" + report.province().nameTh(),
                        "สถานะ: " + ReportXlsx.STANDINGS_TH.get(report.standing().name())),
                report.figures(), narrative, null, out);
    }

    private DistrictReportView review(UUID deadlineId, String districtCode, String ifMatch, String action,
            java.util.function.BiConsumer<DistrictReport, Deadline> transition) {
        Deadline deadline = deadlines.require(deadlineId);
        DistrictReport report = existing(deadlineId, districtCode);
        Versions.requireCurrent(ifMatch, report.getVersion());
        DistrictReportView before = view(deadline, districtCode, report, null);
        transition.accept(report, deadline);
        return saved(deadline, report, before, action, live(deadline, districtCode));
    }

    /**
     * Flushes the change, audits it and answers the report with {@code live} figures. The audit
     * snapshots hold what the report itself holds: its figures once frozen, never the live ones,
     * which are the data's and not the report's (and cost a computation each).
     */
    private DistrictReportView saved(Deadline deadline, DistrictReport report, DistrictReportView before, String action,
            Supplier<ReportFigures> live) {
        reports.flush();
        DistrictReportView after = view(deadline, report.getDistrictCode(), report, null);
        audit.record(AUDIT_TYPE, report.getId(), report.getDistrictCode(), action, before, after);
        return live == null || report.frozen() ? after : view(deadline, report.getDistrictCode(), report, live);
    }

    private DistrictReport existing(UUID deadlineId, String districtCode) {
        AreaScope scope = visibleDistrict(districtCode);
        return reports.of(scope, deadlineId,
                districtCode).orElseThrow(() -> ProblemException.conflict("reporting.report.not-started",
                "The district has not started this report yet."));
    }

    private AreaScope visibleDistrict(String districtCode) {
        if (districtCode == null || !districtCode.matches("[0-9]{4}")) {
            throw ProblemException.badRequest("geo.code.malformed", "districtCode must be 4 digits.",
                    new Problem.FieldError("districtCode", "geo.code.malformed", "must be 4 digits"));
        }
        AreaScope scope = user.scope();
        if (geo.nameOf(districtCode).isEmpty() || !scope.covers(districtCode)) {
            throw ProblemException.notFound("reporting.report.not-found",
                    "No district " + districtCode + " in your area.");
        }
        return scope;
    }

    /**
     * The live figures of one district's report, computed at most once however often a request
     * shows them: a narrative save shows the report before and after with the same figures, and a
     * submission freezes the figures its "before" showed.
     */
    private Supplier<ReportFigures> live(Deadline deadline, String districtCode) {
        return new Supplier<>() {
            private ReportFigures figures;

            @Override
            public ReportFigures get() {
                if (figures == null) {
                    figures = liveFigures.ofDistrict(deadline, districtCode);
                }
                return figures;
            }
        };
    }

    /** The report as the API shows it; {@code live} null: without figures unless they are frozen. */
    private DistrictReportView view(Deadline deadline, String districtCode, DistrictReport r, Supplier<ReportFigures> live) {
        LocalDate due = deadlines.dueDates(deadline).dueFor(districtCode);
        DeadlineRef ref = DeadlineRef.of(deadline, due);
        ReportViews.Standing standing = Standings.of(r == null ? null : r.status(), due, OffsetDateTime.now(clock), clock.getZone());
        ReportFigures figures = r != null && r.frozen() ? json.figures(r.getFigures()) : live == null ? null : live.get();
        var district = geo.nameOf(districtCode).orElse(null);
        var province = geo.nameOf(districtCode.substring(0, 2)).orElse(null);
        if (r == null) {
            return new DistrictReportView(null, ref, districtCode, district, province, null, standing, null, null, null, null,
                    figures, null, null, null, null, null, null, null, 0, null, null);
        }
        return new DistrictReportView(r.getId(), ref, districtCode, district, province, r.getState(), standing,
                r.getResults(), r.getProblems(), r.getSuggestions(), r.getGoodPractice(), figures, r.getSubmittedAt(),
                r.getSubmittedBy(), r.getOnTime(), r.getLastSubmittedAt(), r.getReviewedAt(), r.getReviewedBy(),
                r.getReviewComment(), r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
