package th.go.cdd.cdvl.activity;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityViews.ActivityRequest;
import th.go.cdd.cdvl.activity.ActivityViews.ActivityView;
import th.go.cdd.cdvl.activity.ActivityViews.VoidRequest;
import th.go.cdd.cdvl.activity.ActivityViews.Voided;
import th.go.cdd.cdvl.activity.ActivityViews.Warning;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.calendar.FiscalYearService;
import th.go.cdd.cdvl.calendar.FiscalYearViews.OperationPeriod;
import th.go.cdd.cdvl.center.CenterService;
import th.go.cdd.cdvl.center.CenterStatus;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Activities of centers. An activity belongs to a center in the caller's area; its fiscal year and
 * quarter follow from its date, and a date outside the year's operation period is saved with a
 * warning rather than silently accepted. A retried create with the same Idempotency-Key returns
 * the activity already made.
 */
@ApplicationScoped
public class ActivityService {

    static final String AUDIT_TYPE = "ACTIVITY";
    static final String OUTSIDE_PERIOD = "activity.date.outside-operation-period";
    private static final Map<String, String> SORT_COLUMNS = Map.of("heldOn", "a.held_on", "title", "a.title",
            "updatedAt", "a.updated_at", "type", "a.activity_type");

    private final ActivityRepository activities;
    private final ActivityPhotoRepository photos;
    private final CenterService centers;
    private final FiscalYearService fiscalYears;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public ActivityService(ActivityRepository activities, ActivityPhotoRepository photos, CenterService centers,
            FiscalYearService fiscalYears, GeoService geo, AuditService audit, CurrentUser user, Clock clock) {
        this.activities = activities;
        this.photos = photos;
        this.centers = centers;
        this.fiscalYears = fiscalYears;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public PageView<ActivityView> list(ActivityRepository.Filter filter, PageParams paging) {
        var page = activities.page(user.scope(), filter, paging.orderBy(SORT_COLUMNS, "-heldOn", "a.id"), paging.page,
                paging.size);
        return paging.view(page.rows(), page.total());
    }

    /**
     * The activities of an area (inside the caller's) in one quarter, added up per district: district
     * code → its summary, for the districts that held any.
     */
    public Map<String, ActivitySummary> summaryByDistrict(String areaCode, int fiscalYear, int quarter) {
        return activities.summaryByDistrict(user.scope(), areaCode, fiscalYear, quarter);
    }

    /**
     * What the centers under an area (or one center) held in the year, per center, quarter and
     * type, within the caller's scope: what driving plans are measured against.
     */
    public List<ActivityViews.Held> held(String areaCode, UUID centerId, int fiscalYear) {
        return activities.held(user.scope(), areaCode == null ? "" : areaCode, centerId, fiscalYear);
    }

    public ActivityView get(UUID id) {
        Activity activity = visible(id);
        return view(activity, warningsOf(activity));
    }

    public List<AuditView> history(UUID id) {
        visible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    /** What another feature (partners) gets of an activity: which one, and where (for its audit rows). */
    public record ActivityRef(UUID id, String subdistrictCode) {

        static ActivityRef of(Activity activity) {
            return new ActivityRef(activity.getId(), activity.getSubdistrictCode());
        }
    }

    /** The activity if the caller may see it (else 404), for other features: see {@link #visible}. */
    public ActivityRef visibleRef(UUID id) {
        return ActivityRef.of(visible(id));
    }

    /** The activity if the caller may see and still change it (else 404 or 409), for other features: see {@link #changeable}. */
    public ActivityRef changeableRef(UUID id) {
        return ActivityRef.of(changeable(id));
    }

    /** Whether the caller may see the activity; photos check through here, other features through {@link #visibleRef}. */
    Activity visible(UUID id) {
        return activities.findInScope(user.scope(), id).orElseThrow(() -> ProblemException.notFound(
                "activity.not-found", "No activity " + id + " in your area."));
    }

    /**
     * An activity the caller may see and that may still change: a voided one is refused with 409
     * {@code activity.voided} for edits, photos and partners. Deleting a photo goes through
     * {@link #visible}: a wrong photo of people comes off a voided activity too.
     */
    Activity changeable(UUID id) {
        Activity activity = visible(id);
        if (activity.isVoided()) {
            throw ProblemException.conflict("activity.voided", "The activity was voided on "
                    + activity.getVoidedAt().toLocalDate() + " and can no longer change.");
        }
        return activity;
    }

    /**
     * Voids a duplicate or mistaken activity: from this commit it is in no list, tally, compliance
     * or coverage figure and no report draft (the tallies' trigger takes it out, migration
     * V202612021400). A report already submitted keeps the figures it was sent with. The activity
     * stays readable by id, with who voided it, when and why, and its history.
     */
    @Transactional
    public ActivityView voidActivity(UUID id, String ifMatch, VoidRequest request) {
        Activity activity = changeable(id);
        Versions.requireCurrent(ifMatch, activity.getVersion());
        ActivityView before = view(activity, List.of());
        activity.voidBecause(request.reason().trim(), OffsetDateTime.now(clock), user.username());
        activities.flush();
        ActivityView after = view(activity, List.of());
        audit.record(AUDIT_TYPE, id, activity.getCenterId(), activity.getSubdistrictCode(), "VOID", before, after);
        return after;
    }

    /** Returns the created activity, and whether it was created now (false: an earlier try with the same key). */
    @Transactional
    public Created create(String idempotencyKey, ActivityRequest request) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > 100) {
            throw ProblemException.badRequest("request.idempotency-key.invalid",
                    "Idempotency-Key is at most 100 characters.");
        }
        if (key != null) {
            Optional<Activity> earlier = activities.byIdempotencyKey(user.username(), key);
            if (earlier.isPresent()) {
                return new Created(get(earlier.get().getId()), false);
            }
        }
        CenterView center = centerFor(request);
        Activity activity = new Activity(center.id(), center.subdistrictCode(), key, OffsetDateTime.now(clock),
                user.username());
        describe(activity, request);
        activities.persist(activity);
        activities.flush();
        ActivityView created = view(activity, warningsOf(activity));
        audit.record(AUDIT_TYPE, activity.getId(), center.id(), center.subdistrictCode(), "CREATE", null, created);
        return new Created(created, true);
    }

    public record Created(ActivityView activity, boolean isNew) {
    }

    @Transactional
    public ActivityView update(UUID id, String ifMatch, ActivityRequest request) {
        Activity activity = changeable(id);
        Versions.requireCurrent(ifMatch, activity.getVersion());
        if (!activity.getCenterId().equals(request.centerId())) {
            throw ProblemException.unprocessable("activity.center.immutable",
                    "An activity stays with its center; record it again for the other center.", "centerId",
                    "cannot change");
        }
        ActivityView before = view(activity, List.of());
        describe(activity, request);
        activity.touch(OffsetDateTime.now(clock), user.username());
        activities.flush();
        ActivityView after = view(activity, warningsOf(activity));
        audit.record(AUDIT_TYPE, id, activity.getCenterId(), activity.getSubdistrictCode(), "UPDATE", before, after);
        return after;
    }

    private CenterView centerFor(ActivityRequest request) {
        CenterView center = centers.find(request.centerId()).orElseThrow(() -> ProblemException.unprocessable(
                "activity.center.unknown", "No center " + request.centerId() + " in your area.", "centerId",
                "not a center in your area"));
        if (center.status() == CenterStatus.CLOSED) {
            throw ProblemException.conflict("activity.center.closed",
                    "The center is closed; activities are recorded for open centers.");
        }
        return center;
    }

    private void describe(Activity activity, ActivityRequest r) {
        String nationalDay = Texts.blankToNull(r.nationalDay());
        if (r.type().category() == ActivityCategory.NATIONAL_DAY && nationalDay == null) {
            throw ProblemException.unprocessable("activity.national-day.required",
                    "Say which national day the volunteer work was for.", "nationalDay", "required");
        }
        if (r.heldOn().isAfter(java.time.LocalDate.now(clock))) {
            throw ProblemException.unprocessable("activity.date.future", "An activity is recorded after it was held.",
                    "heldOn", "in the future");
        }
        geo.requirePointInThailand(r.latitude(), r.longitude());
        boolean outside = fiscalYears.operationPeriodOf(FiscalCalendar.fiscalYearOf(r.heldOn()))
                .map(period -> !period.contains(r.heldOn()))
                .orElse(true);
        activity.describe(r.title().trim(), r.heldOn(), r.type(),
                r.type().category() == ActivityCategory.NATIONAL_DAY ? nationalDay : null,
                Texts.blankToNull(r.description()), Texts.blankToNull(r.outcomes()),
                r.participants() == null ? Participants.NONE : r.participants(), r.budgetBaht(),
                Texts.blankToNull(r.budgetSource()), r.latitude(), r.longitude(), outside);
    }

    private List<Warning> warningsOf(Activity activity) {
        if (!activity.isOutsideOperationPeriod()) {
            return List.of();
        }
        Optional<OperationPeriod> year = fiscalYears.operationPeriodOf(activity.getFiscalYear());
        String period = year.map(y -> " (" + y.startsOn() + " to " + y.endsOn() + ")")
                .orElse(" (not set up)");
        return List.of(new Warning(OUTSIDE_PERIOD, "Held outside the operation period of FY" + activity.getFiscalYear()
                + period + "."));
    }

    private ActivityView view(Activity a, List<Warning> warnings) {
        String centerName = centers.names(List.of(a.getCenterId())).get(a.getCenterId());
        return new ActivityView(a.getId(), a.getCenterId(), centerName, a.getSubdistrictCode(), a.getTitle(),
                a.getHeldOn(), a.getCategory(), a.getType(), a.getNationalDay(), a.getDescription(), a.getOutcomes(),
                a.getParticipants(), a.getBudgetBaht(), a.getBudgetSource(), a.getLatitude(), a.getLongitude(),
                a.getFiscalYear(), a.getQuarter(), a.isOutsideOperationPeriod(), (int) photos.countOf(a.getId()),
                a.getVersion(), a.getCreatedAt(), a.getCreatedBy(), a.getUpdatedAt(), a.getUpdatedBy(),
                a.isVoided() ? new Voided(a.getVoidedAt(), a.getVoidedBy(), a.getVoidReason()) : null,
                new ArrayList<>(warnings));
    }
}
