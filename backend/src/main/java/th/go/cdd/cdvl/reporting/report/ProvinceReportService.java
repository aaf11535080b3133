package th.go.cdd.cdvl.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import th.go.cdd.cdvl.calendar.DeadlineRule;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.time.ThaiDates;
import th.go.cdd.cdvl.common.validation.Texts;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DeadlineService;
import th.go.cdd.cdvl.reporting.report.ReportViews.DeadlineRef;
import th.go.cdd.cdvl.reporting.report.ReportViews.DistrictNarrative;
import th.go.cdd.cdvl.reporting.report.ReportViews.DistrictStanding;
import th.go.cdd.cdvl.reporting.report.ReportViews.NarrativeRequest;
import th.go.cdd.cdvl.reporting.report.ReportViews.ProvinceReportList;
import th.go.cdd.cdvl.reporting.report.ReportViews.ProvinceReportView;
import th.go.cdd.cdvl.reporting.report.ReportViews.ProvinceStanding;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * A province's quarterly report to the department (issue 14 §1): prepared and submitted by the
 * province, returned or accepted by the department, locked once accepted until reopened with a reason.
 * <p>It is prefilled from the province's districts. Each district counts with the figures it
 * submitted once its report is with the province or accepted, and with its data as it stands
 * otherwise, so the province sums what it has been sent and sees what is still to come. Example: of
 * Lampang's 13 districts, 11 submitted; the province's figures are their 11 frozen copies plus the live
 * figures of the other 2, read in a few grouped queries ({@link LiveFigures}) whatever their number.
 * <p>Timeliness is judged against the date the department sets per quarter
 * ({@link Deadline#getProvinceReportDueOn()}); until it sets one, nothing is on time, late or missing.
 * A location-report deadline has no province report: its view is the province's roll-up, read-only.
 */
@ApplicationScoped
public class ProvinceReportService {

    static final String AUDIT_TYPE = "PROVINCE_REPORT";

    private final ProvinceReportRepository reports;
    private final DistrictReportRepository districtReports;
    private final DeadlineService deadlines;
    private final LiveFigures live;
    private final DistrictSums sums;
    private final GeoService geo;
    private final AreaResolver areas;
    private final AuditService audit;
    private final CurrentUser user;
    private final ReportJson json;
    private final ReportXlsx xlsx;
    private final Clock clock;

    public ProvinceReportService(ProvinceReportRepository reports, DistrictReportRepository districtReports,
            DeadlineService deadlines, LiveFigures live, DistrictSums sums, GeoService geo, AreaResolver areas, AuditService audit, CurrentUser user,
            ReportJson json, ReportXlsx xlsx, Clock clock) {
        this.reports = reports;
        this.districtReports = districtReports;
        this.deadlines = deadlines;
        this.live = live;
        this.sums = sums;
        this.geo = geo;
        this.areas = areas;
        this.audit = audit;
        this.user = user;
        this.json = json;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    public ProvinceReportView get(UUID deadlineId, String provinceCode) {
        Deadline deadline = deadlines.require(deadlineId);
        AreaScope scope = visibleProvince(provinceCode);
        ProvinceReport report = reports.of(scope, deadlineId, provinceCode).orElse(null);
        return view(deadline, provinceCode, report, new Districts(deadline, provinceCode, scope));
    }

    /** The provinces' reports of a deadline in the caller's area: all 76 for the department. */
    public ProvinceReportList list(UUID deadlineId) {
        Deadline deadline = deadlines.require(deadlineId);
        AreaScope scope = user.scope();
        Map<String, ProvinceReport> byProvince = new HashMap<>();
        reports.ofDeadline(scope, deadlineId).forEach(r -> byProvince.put(r.getProvinceCode(), r));
        LocalDate due = deadline.getProvinceReportDueOn();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ProvinceStanding> provinces = areas.provincesIn(scope).stream()
                .map(p -> {
                    ProvinceReport r = byProvince.get(p.code());
                    return r == null ? new ProvinceStanding(p, null, Standings.of(null, null, due, now, clock.getZone()), null, null, 0)
                            : new ProvinceStanding(p, r.getState(), standing(r, due, now), r.getSubmittedAt(), r.onTimeAgainst(due, clock.getZone()),
                                    r.getVersion());
                }).toList();
        return new ProvinceReportList(DeadlineRef.of(deadline, deadline.getDueOn()), due, provinces);
    }

    /**
     * Saves the narrative; the first save starts the report, later ones need If-Match. With
     * {@code withFigures} false ({@code Prefer: return=minimal}) nothing of the districts is read.
     */
    @Transactional
    public ProvinceReportView write(UUID deadlineId, String provinceCode, String ifMatch, NarrativeRequest request,
            boolean withFigures) {
        Deadline deadline = quarterly(deadlineId);
        AreaScope scope = visibleProvince(provinceCode);
        ProvinceReport report = reports.of(scope, deadlineId, provinceCode).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Districts districts = new Districts(deadline, provinceCode, scope);
        boolean isNew = report == null;
        ProvinceReportView before = null;
        if (isNew) {
            report = new ProvinceReport(deadlineId, provinceCode, now, user.username());
        } else {
            Versions.requireCurrent(ifMatch, report.getVersion());
            before = snapshot(deadline, provinceCode, report, districts);
        }
        report.write(Texts.blankToNull(request.results()), Texts.blankToNull(request.problems()),
                Texts.blankToNull(request.suggestions()), Texts.blankToNull(request.goodPractice()), now, user.username());
        if (isNew) {
            reports.persist(report);
        }
        return saved(deadline, report, before, isNew ? "CREATE" : "UPDATE", districts, withFigures);
    }

    /** Submits the report to the department: figures and the districts' table are frozen as they stand. */
    @Transactional
    public ProvinceReportView submit(UUID deadlineId, String provinceCode, String ifMatch) {
        return review(deadlineId, provinceCode, ifMatch, "SUBMIT", (report, districts) -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            LocalDate due = districts.deadline.getProvinceReportDueOn();
            Boolean onTime = due == null ? null : DeadlineRule.onTime(now, due, clock.getZone());
            report.submit(json.write(districts.figures()), json.write(districts.standings()), onTime, now, user.username());
        });
    }

    @Transactional
    public ProvinceReportView returnForChanges(UUID deadlineId, String provinceCode, String ifMatch, String comment) {
        String text = Reviewed.required(comment, "comment", "Say what the province should change.");
        return review(deadlineId, provinceCode, ifMatch, "RETURN", (r, d) -> r.returnForChanges(text, OffsetDateTime.now(clock), user.username()));
    }

    @Transactional
    public ProvinceReportView accept(UUID deadlineId, String provinceCode, String ifMatch, String comment) {
        return review(deadlineId, provinceCode, ifMatch, "ACCEPT",
                (r, d) -> r.accept(Texts.blankToNull(comment), OffsetDateTime.now(clock), user.username()));
    }

    /** Reopens an accepted report for a correction; the reason is kept in the review and the audit. */
    @Transactional
    public ProvinceReportView reopen(UUID deadlineId, String provinceCode, String ifMatch, String reason) {
        String text = Reviewed.required(reason, "reason", "Say why the accepted report is reopened.");
        return review(deadlineId, provinceCode, ifMatch, "REOPEN", (r, d) -> r.reopen(text, OffsetDateTime.now(clock), user.username()));
    }

    /** The province report as the official form in Excel: figures, narrative, then the districts' standings. */
    public void writeXlsx(ProvinceReportView report, OutputStream out) throws IOException {
        List<String[]> rows = report.districts().stream().map(d -> new String[] {d.district().nameTh(),
                ReportXlsx.STANDINGS_TH.get(d.standing().name()),
                d.submittedAt() == null ? "" : ThaiDates.longDate(d.submittedAt().atZoneSameInstant(clock.getZone()).toLocalDate())})
                .toList();
        List<String> subtitle = new ArrayList<>(List.of(report.deadline().titleTh(), "จังหวัด" + report.province().nameTh()));
        if (report.state() != null) {
            subtitle.add("สถานะ: " + ReportXlsx.STANDINGS_TH.get(report.standing().name()));
        }
        xlsx.write("แบบรายงานผลการดำเนินงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (ภาพรวมจังหวัด)", subtitle, report.figures(),
                report.state() == null && report.deadline().kind() == Deadline.Kind.LOCATION_REPORT ? null
                        : ReportXlsx.narrative(report.results(), report.problems(), report.suggestions(), report.goodPractice()),
                rows, out);
    }

    /** A state change of an existing report, at the version the caller saw, audited with its before and after. */
    private ProvinceReportView review(UUID deadlineId, String provinceCode, String ifMatch, String action,
            BiConsumer<ProvinceReport, Districts> transition) {
        Deadline deadline = quarterly(deadlineId);
        AreaScope scope = visibleProvince(provinceCode);
        ProvinceReport report = existing(scope, deadlineId, provinceCode);
        Versions.requireCurrent(ifMatch, report.getVersion());
        Districts districts = new Districts(deadline, provinceCode, scope);
        ProvinceReportView before = snapshot(deadline, provinceCode, report, districts);
        transition.accept(report, districts);
        return saved(deadline, report, before, action, districts, true);
    }

    /**
     * Flushes the change, audits it and answers the report, with what is read live from the
     * districts when {@code live}. The audit snapshots hold what the report itself holds: its frozen
     * figures and table, never the live ones, which are the data's and not the report's.
     */
    private ProvinceReportView saved(Deadline deadline, ProvinceReport report, ProvinceReportView before, String action,
            Districts districts, boolean live) {
        reports.flush();
        ProvinceReportView after = snapshot(deadline, report.getProvinceCode(), report, districts);
        audit.record(AUDIT_TYPE, report.getId(), report.getProvinceCode(), action, before, after);
        return live ? view(deadline, report.getProvinceCode(), report, districts) : after;
    }

    /** The report without what is read live from its districts (its frozen parts only). */
    private ProvinceReportView snapshot(Deadline deadline, String provinceCode, ProvinceReport r, Districts districts) {
        return view(deadline, provinceCode, r, districts, false);
    }

    private ProvinceReportView view(Deadline deadline, String provinceCode, ProvinceReport r, Districts districts) {
        return view(deadline, provinceCode, r, districts, true);
    }

    private ProvinceReport existing(AreaScope scope, UUID deadlineId, String provinceCode) {
        return reports.of(scope, deadlineId, provinceCode).orElseThrow(() -> ProblemException.conflict(
                "reporting.report.not-started", "The province has not started this report yet."));
    }

    private Deadline quarterly(UUID deadlineId) {
        return requireQuarterly(deadlines.require(deadlineId));
    }

    /** Only quarterly deadlines go from provinces to the department; a location report's roll-up is read-only. */
    static Deadline requireQuarterly(Deadline deadline) {
        if (deadline.getKind() != Deadline.Kind.QUARTERLY_REPORT) {
            throw ProblemException.conflict("reporting.province-report.not-quarterly",
                    "Provinces report to the department on quarterly deadlines only; this one is read-only.");
        }
        return deadline;
    }

    private AreaScope visibleProvince(String provinceCode) {
        if (provinceCode == null || !provinceCode.matches("[0-9]{2}")) {
            throw ProblemException.badRequest("geo.code.malformed", "provinceCode must be 2 digits.",
                    new Problem.FieldError("provinceCode", "geo.code.malformed", "must be 2 digits"));
        }
        AreaScope scope = user.scope();
        if (AreaResolver.BANGKOK.equals(provinceCode) || geo.nameOf(provinceCode).isEmpty() || !scope.covers(provinceCode)) {
            throw ProblemException.notFound("reporting.province-report.not-found", "No province " + provinceCode + " in your area.");
        }
        return scope;
    }

    private ProvinceReportView view(Deadline deadline, String provinceCode, ProvinceReport r, Districts districts, boolean live) {
        DeadlineRef ref = DeadlineRef.of(deadline, districts.due());
        LocalDate due = deadline.getProvinceReportDueOn();
        AreaName province = geo.nameOf(provinceCode).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (r == null) {
            boolean location = deadline.getKind() == Deadline.Kind.LOCATION_REPORT;
            return new ProvinceReportView(null, ref, due, provinceCode, province, null,
                    location ? null : Standings.of(null, null, due, now, clock.getZone()), null, null, null, null,
                    districts.figures(), districts.standings(), districts.narratives(), null, null, null, null, null, null, null,
                    0, null, null);
        }
        boolean frozen = r.frozen();
        return new ProvinceReportView(r.getId(), ref, due, provinceCode, province, r.getState(), standing(r, due, now),
                r.getResults(), r.getProblems(), r.getSuggestions(), r.getGoodPractice(),
                frozen ? json.figures(r.getFigures()) : live ? districts.figures() : null,
                frozen ? json.districts(r.getDistricts()) : live ? districts.standings() : null,
                live ? districts.narratives() : null,
                r.getSubmittedAt(), r.getSubmittedBy(), r.onTimeAgainst(due, clock.getZone()), r.getLastSubmittedAt(), r.getReviewedAt(),
                r.getReviewedBy(), r.getReviewComment(), r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy());
    }

    private ReportViews.Standing standing(ProvinceReport r, LocalDate due, OffsetDateTime now) {
        return Standings.of(r.getState(), r.onTimeAgainst(due, clock.getZone()), due, now, clock.getZone());
    }

    /**
     * The province's districts for one deadline, each part read once per request and only when a view
     * needs it: their reports (one query), then the live figures of those not with the province.
     */
    private final class Districts {

        private final Deadline deadline;
        private final String provinceCode;
        private final AreaScope scope;
        private final LocalDate due;
        private Map<String, DistrictReport> reportsByDistrict;
        private ReportFigures figures;
        private List<DistrictStanding> standings;
        private List<DistrictNarrative> narratives;

        Districts(Deadline deadline, String provinceCode, AreaScope scope) {
            this.deadline = deadline;
            this.provinceCode = provinceCode;
            this.scope = scope;
            this.due = deadlines.dueDates(deadline).dueFor(provinceCode);
        }

        /** The districts' date in force: the department's, or the province's earlier one. */
        LocalDate due() {
            return due;
        }

        private Map<String, DistrictReport> reports() {
            if (reportsByDistrict == null) {
                reportsByDistrict = new HashMap<>();
                districtReports.under(scope, provinceCode, deadline.getId()).forEach(r -> reportsByDistrict.put(r.getDistrictCode(), r));
            }
            return reportsByDistrict;
        }

        /** Each district's submitted figures where it has submitted, its live ones otherwise, summed ({@link DistrictSums}). */
        ReportFigures figures() {
            if (figures == null) {
                figures = deadline.getKind() == Deadline.Kind.LOCATION_REPORT ? live.location(provinceCode)
                        : DistrictSums.sum(sums.byDistrict(deadline, provinceCode, reports(), geo.districtCodesOf(provinceCode)).values());
            }
            return figures;
        }

        List<DistrictStanding> standings() {
            if (standings == null) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                standings = geo.districtsOf(provinceCode).stream().map(d -> {
                    DistrictReport r = reports().get(d.code());
                    ReportStatus status = r == null ? null : r.status();
                    return new DistrictStanding(new AreaName(d.code(), d.nameTh(), d.nameEn()),
                            Standings.of(status, due, now, clock.getZone()), r == null ? null : r.getSubmittedAt(),
                            r == null ? null : r.getOnTime());
                }).toList();
            }
            return standings;
        }

        /** What the districts wrote in the reports they submitted, to quote from, by district code. */
        List<DistrictNarrative> narratives() {
            if (narratives == null) {
                narratives = geo.districtsOf(provinceCode).stream()
                        .map(d -> reports().get(d.code()))
                        .filter(r -> r != null && r.frozen() && (r.getResults() != null || r.getProblems() != null
                                || r.getSuggestions() != null || r.getGoodPractice() != null))
                        .map(r -> new DistrictNarrative(geo.nameOf(r.getDistrictCode()).orElse(null), r.getResults(),
                                r.getProblems(), r.getSuggestions(), r.getGoodPractice()))
                        .toList();
            }
            return narratives;
        }
    }
}
