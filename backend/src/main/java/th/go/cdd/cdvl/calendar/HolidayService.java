package th.go.cdd.cdvl.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.CurrentUser;

/** Government holidays, which move report deadlines; the department keeps them current. */
@ApplicationScoped
public class HolidayService {

    static final String AUDIT_TYPE = "HOLIDAY";
    private static final String NATIONAL_AREA = "";

    @Schema(name = "HolidayView", requiredProperties = {"date", "nameTh", "nameEn", "kind", "version"})
    public record HolidayView(@Schema(examples = "2024-12-05") LocalDate date, @Schema(examples = "วันพ่อแห่งชาติ") String nameTh,
            @Schema(examples = "National Father's Day") String nameEn, Holiday.Kind kind, long version) {

        static HolidayView of(Holiday h) {
            return new HolidayView(h.getDay(), h.getNameTh(), h.getNameEn(), h.getKind(), h.getVersion());
        }
    }

    @Schema(name = "HolidayRequest")
    public record HolidayRequest(@NotBlank @Size(max = 200) @PlainText @Schema(required = true) String nameTh,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true) String nameEn,
            @NotNull @Schema(required = true) Holiday.Kind kind) {
    }

    private final HolidayRepository holidays;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public HolidayService(HolidayRepository holidays, AuditService audit, CurrentUser user, Clock clock) {
        this.holidays = holidays;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** Holidays between two dates; by default from the start of this year to the end of next year. */
    public List<HolidayView> between(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock).withDayOfYear(1) : from;
        LocalDate end = to == null ? start.plusYears(2).minusDays(1) : to;
        return holidays.between(start, end).stream().map(HolidayView::of).toList();
    }

    /** The holiday dates of a stretch of time, for the deadline rule. */
    public Set<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return holidays.between(from, to).stream().map(Holiday::getDay).collect(Collectors.toSet());
    }

    /**
     * The calendar years among {@code years} that the holiday table covers (has any holiday of).
     * A year without a single row has not been entered yet, so deadlines computed or checked in it
     * ignore its holidays: the department should add them.
     */
    public Set<Integer> coveredYears(Collection<Integer> years) {
        return holidays.yearsWithHolidays(years);
    }

    /** Adds a holiday, or changes one (then If-Match must name its version). */
    @Transactional
    public HolidayView put(LocalDate day, String ifMatch, HolidayRequest request) {
        Optional<Holiday> existing = holidays.findByIdOptional(day);
        existing.ifPresent(h -> Versions.requireCurrent(ifMatch, h.getVersion()));
        Holiday holiday = existing.orElseGet(() -> new Holiday(day));
        HolidayView before = existing.map(HolidayView::of).orElse(null);
        holiday.describe(request.nameTh().trim(), request.nameEn().trim(), request.kind(), OffsetDateTime.now(clock),
                user.username());
        if (existing.isEmpty()) {
            holidays.persist(holiday);
        }
        holidays.flush();
        HolidayView after = HolidayView.of(holiday);
        audit.record(AUDIT_TYPE, day, NATIONAL_AREA, before == null ? "CREATE" : "UPDATE", before, after);
        return after;
    }

    /** A holiday the Cabinet cancelled. Deadlines already set are not moved: the department adjusts them. */
    @Transactional
    public void delete(LocalDate day, String ifMatch) {
        Holiday holiday = holidays.findByIdOptional(day).orElseThrow(() -> ProblemException.notFound(
                "calendar.holiday.not-found", "No holiday on " + day + "."));
        Versions.requireCurrent(ifMatch, holiday.getVersion());
        HolidayView before = HolidayView.of(holiday);
        holidays.delete(holiday);
        audit.record(AUDIT_TYPE, day, NATIONAL_AREA, "DELETE", before, null);
    }
}
