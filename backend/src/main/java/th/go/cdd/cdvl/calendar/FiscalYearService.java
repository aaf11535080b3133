package th.go.cdd.cdvl.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import th.go.cdd.cdvl.calendar.FiscalYearViews.FiscalYearView;
import th.go.cdd.cdvl.calendar.FiscalYearViews.OperationPeriod;
import th.go.cdd.cdvl.calendar.FiscalYearViews.OperationPeriodRequest;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.CurrentUser;

/** Fiscal years and their operation periods; the department (national role) sets the periods. */
@ApplicationScoped
public class FiscalYearService {

    static final String AUDIT_TYPE = "FISCAL_YEAR";
    /** Audit rows of national reference data belong to no province: only national callers see them. */
    private static final String NATIONAL_AREA = "";

    private final FiscalYearRepository years;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public FiscalYearService(FiscalYearRepository years, AuditService audit, CurrentUser user, Clock clock) {
        this.years = years;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public List<FiscalYearView> list() {
        return years.listAll(io.quarkus.panache.common.Sort.by("year")).stream().map(FiscalYearView::of).toList();
    }

    /** The fiscal years set up, oldest first (no caller needed: used at start-up too). */
    public List<Integer> years() {
        return years.listAll(io.quarkus.panache.common.Sort.by("year")).stream().map(FiscalYear::getYear).toList();
    }

    public FiscalYearView get(int year) {
        return FiscalYearView.of(require(year));
    }

    /** The operation period of a fiscal year, if the year is set up. */
    public Optional<OperationPeriod> operationPeriodOf(int year) {
        return years.findByIdOptional(year).map(FiscalYear::operationPeriod);
    }

    public FiscalQuarter quarterOf(LocalDate date) {
        return FiscalCalendar.quarterOf(date == null ? LocalDate.now(clock) : date);
    }

    @Transactional
    public FiscalYearView setOperationPeriod(int year, String ifMatch, OperationPeriodRequest request) {
        FiscalYear fiscalYear = require(year);
        Versions.requireCurrent(ifMatch, fiscalYear.getVersion());
        if (request.operationStartsOn().isAfter(request.operationEndsOn())
                || request.operationStartsOn().isBefore(FiscalCalendar.startOf(year))
                || request.operationEndsOn().isAfter(FiscalCalendar.endOf(year))) {
            throw ProblemException.unprocessable("calendar.operation-period.invalid",
                    "The operation period must start before it ends and lie inside FY" + year + " ("
                            + FiscalCalendar.startOf(year) + " to " + FiscalCalendar.endOf(year) + ").",
                    "operationStartsOn", "outside the fiscal year or after the end");
        }
        FiscalYearView before = FiscalYearView.of(fiscalYear);
        fiscalYear.setOperationPeriod(request.operationStartsOn(), request.operationEndsOn(), OffsetDateTime.now(clock),
                user.username());
        years.flush();
        FiscalYearView after = FiscalYearView.of(fiscalYear);
        audit.record(AUDIT_TYPE, year, NATIONAL_AREA, "UPDATE", before, after);
        return after;
    }

    private FiscalYear require(int year) {
        return years.findByIdOptional(year).orElseThrow(() ->
                ProblemException.notFound("calendar.fiscal-year.not-found",
                "Fiscal year " + year + " is not set up."));
    }
}
