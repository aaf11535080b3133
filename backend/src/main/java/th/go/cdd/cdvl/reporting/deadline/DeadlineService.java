package th.go.cdd.cdvl.reporting.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.calendar.DeadlineRule;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalYearService;
import th.go.cdd.cdvl.calendar.HolidayService;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.reporting.deadline.DeadlineViews.DeadlineView;
import th.go.cdd.cdvl.security.AreaLevel;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Reporting deadlines. The department owns each fiscal year's dates (defaults from
 * {@link DeadlineRule}); a province may set an earlier date for its own districts, and that date is
 * the one in force for them.
 */
@ApplicationScoped
public class DeadlineService {

    static final String AUDIT_TYPE = "DEADLINE";
    private static final String NATIONAL_AREA = "";

    private final DeadlineRepository deadlines;
    private final ProvinceDeadlineRepository provinceDeadlines;
    private final HolidayService holidays;
    private final FiscalYearService fiscalYears;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public DeadlineService(DeadlineRepository deadlines, ProvinceDeadlineRepository provinceDeadlines,
            HolidayService holidays, FiscalYearService fiscalYears, AuditService audit, CurrentUser user, Clock clock) {
        this.deadlines = deadlines;
        this.provinceDeadlines = provinceDeadlines;
        this.holidays = holidays;
        this.fiscalYears = fiscalYears;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public List<DeadlineView> ofYear(int fiscalYear) {
        fiscalYears.get(fiscalYear);
        return views(deadlines.ofYear(fiscalYear), callerProvince());
    }

    public Deadline require(UUID id) {
        return deadlines.findByIdOptional(id).orElseThrow(() ->
                ProblemException.notFound("reporting.deadline.not-found",
                "No deadline " + id + "."));
    }

    /** The dates in force of a deadline ({@link DueDates}). */
    public DueDates dueDates(Deadline deadline) {
        return dueDates(List.of(deadline)).get(deadline.getId());
    }

    /** The dates in force of many deadlines, read at once: deadline id → its {@link DueDates}. */
    public Map<UUID, DueDates> dueDates(Collection<Deadline> list) {
        Map<UUID, Map<String, LocalDate>> byProvince = provinceDeadlines
                .of(list.stream().map(Deadline::getId).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(p -> p.getKey().deadlineId(),
                        Collectors.toMap(p -> p.getKey().provinceCode(), ProvinceDeadline::getDueOn)));
        return list.stream().collect(Collectors.toMap(Deadline::getId,
                d -> new DueDates(d.getId(), d.getDueOn(), byProvince.getOrDefault(d.getId(), Map.of()))));
    }

    public List<Deadline> all() {
        return deadlines.all();
    }

    /** Creates the four quarterly deadlines a fiscal year lacks, by the default rule. Idempotent. */
    @Transactional
    public int ensureQuarterlyDefaults(int fiscalYear, String actor) {
        Set<LocalDate> holidayDates = holidays.datesBetween(FiscalCalendar.startOf(fiscalYear), FiscalCalendar.endOf(fiscalYear));
        int created = 0;
        for (int quarter = 1; quarter <= 4; quarter++) {
            if (deadlines.quarterly(fiscalYear, quarter).isEmpty()) {
                LocalDate due = DeadlineRule.quarterlyReportDue(fiscalYear, quarter, holidayDates::contains);
                deadlines.persist(Deadline.quarterly(fiscalYear, quarter, due, OffsetDateTime.now(clock), actor));
                created++;
            }
        }
        return created;
    }

    /**
     * Opens the center location report (enclosure 3) of a fiscal year, which districts then answer
     * like the quarterly reports (their figures are the location report's). One per fiscal year:
     * a second is a conflict, not a replacement, since districts may already have answered the first.
     */
    @Transactional
    public DeadlineView openLocationReport(int fiscalYear, LocalDate dueOn) {
        fiscalYears.get(fiscalYear);
        if (deadlines.locationReport(fiscalYear).isPresent()) {
            throw ProblemException.conflict("reporting.deadline.location-exists",
                    "FY" + fiscalYear + " already has its location report; move its date instead.");
        }
        Deadline deadline = Deadline.locationReport(fiscalYear, dueOn, OffsetDateTime.now(clock), user.username());
        requireInFiscalYear(deadline, dueOn);
        if (dueOn.isBefore(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("reporting.deadline.in-past",
                    "A report opened today cannot be due before today.", "dueOn", "before today");
        }
        deadlines.persist(deadline);
        deadlines.flush();
        DeadlineView after = views(List.of(deadline), null).get(0);
        audit.record(AUDIT_TYPE, deadline.getId(), NATIONAL_AREA, "CREATE", null, after);
        return after;
    }

    @Transactional
    public DeadlineView move(UUID id, String ifMatch, LocalDate dueOn) {
        Deadline deadline = require(id);
        Versions.requireCurrent(ifMatch, deadline.getVersion());
        requireInFiscalYear(deadline, dueOn);
        DeadlineView before = views(List.of(deadline), null).get(0);
        deadline.move(dueOn, OffsetDateTime.now(clock), user.username());
        deadlines.flush();
        DeadlineView after = views(List.of(deadline), null).get(0);
        audit.record(AUDIT_TYPE, id, NATIONAL_AREA, "UPDATE", before, after);
        return after;
    }

    /**
     * Sets when provinces owe the department their report of a quarterly deadline. Not earlier than
     * the districts' date: a province sums reports its districts had until then to send.
     */
    @Transactional
    public DeadlineView setProvinceReportDue(UUID id, String ifMatch, LocalDate dueOn) {
        Deadline deadline = require(id);
        Versions.requireCurrent(ifMatch, deadline.getVersion());
        if (deadline.getKind() != Deadline.Kind.QUARTERLY_REPORT) {
            throw ProblemException.conflict("reporting.deadline.not-quarterly",
                    "Only quarterly reports go from provinces to the department.");
        }
        if (dueOn.isBefore(deadline.getDueOn())) {
            throw ProblemException.unprocessable("reporting.deadline.before-districts",
                    "Provinces report after their districts (" + deadline.getDueOn() + "), not before.",
                    "dueOn", "before " + deadline.getDueOn());
        }
        requireInFiscalYear(deadline, dueOn);
        DeadlineView before = views(List.of(deadline), null).get(0);
        deadline.setProvinceReportDue(dueOn, OffsetDateTime.now(clock), user.username());
        deadlines.flush();
        DeadlineView after = views(List.of(deadline), null).get(0);
        audit.record(AUDIT_TYPE, id, NATIONAL_AREA, "PROVINCE_REPORT_DUE_SET", before, after);
        return after;
    }

    /** A province's earlier date; it may not be later than the department's. */
    @Transactional
    public DeadlineView setProvinceDate(UUID id, String provinceCode, String ifMatch, LocalDate dueOn) {
        AreaScope scope = user.scope();
        if (!provinceCode.matches("[0-9]{2}")) {
            throw ProblemException.badRequest("geo.code.malformed", "provinceCode must be 2 digits.");
        }
        if (!scope.covers(provinceCode)) {
            throw ProblemException.forbidden("reporting.area.forbidden",
                    "Only the province itself or the department sets its dates.");
        }
        Deadline deadline = require(id);
        if (dueOn.isAfter(deadline.getDueOn())) {
            throw ProblemException.unprocessable("reporting.deadline.later-than-national",
                    "A province's deadline may be earlier than the department's (" + deadline.getDueOn() + "), not later.",
                    "dueOn", "after " + deadline.getDueOn());
        }
        requireInFiscalYear(deadline, dueOn);
        Optional<ProvinceDeadline> existing = provinceDeadlines.findByIdOptional(new ProvinceDeadline.Key(id, provinceCode));
        existing.ifPresent(p -> Versions.requireCurrent(ifMatch, p.getVersion()));
        ProvinceDeadline date = existing.orElseGet(() -> new ProvinceDeadline(id, provinceCode));
        LocalDate before = existing.map(ProvinceDeadline::getDueOn).orElse(null);
        date.move(dueOn, OffsetDateTime.now(clock), user.username());
        if (existing.isEmpty()) {
            provinceDeadlines.persist(date);
        }
        provinceDeadlines.flush();
        audit.record(AUDIT_TYPE, id, provinceCode, before == null ? "PROVINCE_DATE_SET" : "PROVINCE_DATE_MOVED",
                before == null ? null : Map.of("provinceDueOn", before), Map.of("provinceDueOn", dueOn));
        return views(List.of(deadline), provinceCode).get(0);
    }

    private static void requireInFiscalYear(Deadline deadline, LocalDate dueOn) {
        if (dueOn.isBefore(FiscalCalendar.startOf(deadline.getFiscalYear()).minusMonths(2))
                || dueOn.isAfter(FiscalCalendar.endOf(deadline.getFiscalYear()).plusMonths(3))) {
            throw ProblemException.unprocessable("reporting.deadline.out-of-year",
                    "The date is far outside FY" + deadline.getFiscalYear() + ".", "dueOn", "outside the fiscal year");
        }
    }

    private String callerProvince() {
        AreaScope scope = user.scope();
        return scope.level() == AreaLevel.NATIONAL ? null : scope.code().substring(0, 2);
    }

    private List<DeadlineView> views(List<Deadline> list, String provinceCode) {
        Map<UUID, ProvinceDeadline> ownDates = provinceCode == null ? Map.of()
                : provinceDeadlines.of(list.stream().map(Deadline::getId).collect(Collectors.toSet())).stream()
                        .filter(p -> p.getKey().provinceCode().equals(provinceCode))
                        .collect(Collectors.toMap(p -> p.getKey().deadlineId(), p -> p));
        Set<Integer> covered = holidays.coveredYears(list.stream().map(d -> d.getDueOn().getYear()).collect(Collectors.toSet()));
        return list.stream().map(d -> {
            ProvinceDeadline own = ownDates.get(d.getId());
            return new DeadlineView(d.getId(), d.getFiscalYear(), d.getKind(), d.getQuarter(), d.getTitleTh(),
                    d.getTitleEn(), d.getDueOn(), own == null ? null : own.getDueOn(),
                    own == null ? null : own.getVersion(), d.getProvinceReportDueOn(),
                    covered.contains(d.getDueOn().getYear()), d.getVersion());
        }).toList();
    }
}
