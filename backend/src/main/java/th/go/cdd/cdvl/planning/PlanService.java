package th.go.cdd.cdvl.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import th.go.cdd.cdvl.activity.ActivityService;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.activity.ActivityViews.Held;
import th.go.cdd.cdvl.center.CenterService;
import th.go.cdd.cdvl.center.CenterStatus;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.partner.PartnerService;
import th.go.cdd.cdvl.planning.PlanAgainstActual.Status;
import th.go.cdd.cdvl.planning.PlanViews.PlanAreaRow;
import th.go.cdd.cdvl.planning.PlanViews.PlanLineRequest;
import th.go.cdd.cdvl.planning.PlanViews.PlanLineView;
import th.go.cdd.cdvl.planning.PlanViews.PlanProgress;
import th.go.cdd.cdvl.planning.PlanViews.PlanRequest;
import th.go.cdd.cdvl.planning.PlanViews.PlanSummary;
import th.go.cdd.cdvl.planning.PlanViews.PlanView;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaResolver.Area;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Driving plans (guideline step 2): one per center and fiscal year, kept by the officers of its
 * area. A plan is a draft until confirmed; every save and the confirmation are audited, and that
 * trail is the plan's history (what it said when). Each line is measured against the activities the
 * center held ({@link PlanAgainstActual}).
 */
@ApplicationScoped
public class PlanService {

    static final String AUDIT_TYPE = "DRIVING_PLAN";

    private final PlanRepository plans;
    private final MeetingRepository meetings;
    private final CenterService centers;
    private final ActivityService activities;
    private final PartnerService partners;
    private final GeoService geo;
    private final AreaResolver areas;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public PlanService(PlanRepository plans, MeetingRepository meetings, CenterService centers, ActivityService activities,
            PartnerService partners, GeoService geo, AreaResolver areas, AuditService audit, CurrentUser user, Clock clock) {
        this.plans = plans;
        this.meetings = meetings;
        this.centers = centers;
        this.activities = activities;
        this.partners = partners;
        this.geo = geo;
        this.areas = areas;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    public PlanView get(UUID centerId, int fiscalYear) {
        CenterView center = center(centerId);
        return view(plan(center, fiscalYear), center.name());
    }

    public List<AuditView> history(UUID centerId, int fiscalYear) {
        return audit.history(AUDIT_TYPE, plan(center(centerId), fiscalYear).getId());
    }

    /**
     * The plan figure of each district under an area for one quarter, as the district and province
     * reports show it: the active centers, the centers with a plan for the year (and those confirmed),
     * the lines their plans put in the quarter and those done, as planned or differently
     * ({@link PlanAgainstActual}, which matches each quarter on its own, so only the quarter's lines
     * are read). Plans are counted as {@link #summary} counts them. Three queries however many
     * districts, and plain rows rather than plans with all their lines (the whole nation's 5,800 plans
     * took 0.7 s as entities): district code → figures, districts with neither an active center nor
     * a plan left out.
     * Example: district 5201 with 4 active centers, 3 plans, and Q2 lines HEALTH, HEALTH and
     * THREE_TREES of which one HEALTH was held → {centers 4, plans 3, lines 3, done 1, doneRate 0.3333}.
     */
    public Map<String, PlanViews.PlanFigures> figuresByDistrict(String areaCode, int fiscalYear, int quarter) {
        Area area = areas.resolve(areaCode);
        Map<UUID, Map<Integer, Map<ActivityType, Integer>>> held = heldByCenter(activities.held(area.code(), null, fiscalYear));
        Map<UUID, List<PlanRepository.QuarterLine>> byCenter = plans.quarterLines(user.scope(), area.code(), fiscalYear, quarter).stream()
                .collect(Collectors.groupingBy(PlanRepository.QuarterLine::centerId));
        Map<String, int[]> tally = new HashMap<>();
        byCenter.forEach((centerId, rows) -> {
            int[] t = tally.computeIfAbsent(rows.get(0).subdistrictCode().substring(0, 4), k -> new int[5]);
            List<PlanAgainstActual.Line> lines = rows.stream().filter(r -> r.type() != null)
                    .map(r -> new PlanAgainstActual.Line(quarter, r.type())).toList();
            List<Status> statuses = PlanAgainstActual.of(lines, held.getOrDefault(centerId, Map.of()));
            t[0]++;
            t[1] += rows.get(0).state() == PlanState.CONFIRMED ? 1 : 0;
            t[2] += statuses.size();
            t[3] += (int) statuses.stream().filter(s -> s != Status.NOT_YET).count();
            t[4] += (int) statuses.stream().filter(s -> s == Status.DONE_DIFFERENTLY).count();
        });
        Map<String, PlanViews.PlanFigures> byDistrict = new HashMap<>();
        for (PlanRepository.AreaCenters c : plans.activeCenters(user.scope(), area.code(), 4)) {
            int[] t = tally.getOrDefault(c.areaCode(), new int[5]);
            byDistrict.put(c.areaCode(), PlanViews.PlanFigures.of(c.centers(), t[0], t[1], t[2], t[3], t[4]));
        }
        tally.forEach((code, t) -> byDistrict.putIfAbsent(code, PlanViews.PlanFigures.of(0, t[0], t[1], t[2], t[3], t[4])));
        return byDistrict;
    }

    /** Makes or replaces the year's plan: the first without If-Match, a change with the plan's ETag. */
    @Transactional
    public PlanView put(UUID centerId, int fiscalYear, String ifMatch, PlanRequest request) {
        CenterView center = writableCenter(centerId);
        var existing = plans.find(user.scope(), centerId, fiscalYear);
        DrivingPlan plan = existing.orElseGet(() -> new DrivingPlan(centerId, center.subdistrictCode(), fiscalYear,
                OffsetDateTime.now(clock), user.username()));
        PlanView before = existing.map(p -> view(p, center.name())).orElse(null);
        if (existing.isPresent()) {
            Versions.requireCurrent(ifMatch, plan.getVersion());
            plan.touch(OffsetDateTime.now(clock), user.username());
        }
        if (request.meetingId() != null && meetings.findVisible(user.scope(), request.meetingId()).isEmpty()) {
            throw ProblemException.unprocessable("plan.meeting.unknown", "No meeting " + request.meetingId() + " in your area.",
                    "meetingId", "not a meeting in your area");
        }
        request.lines().stream().map(PlanLineRequest::partnerId).filter(Objects::nonNull).distinct().forEach(this::requirePartner);
        plan.describe(request.meetingId(), request.targetActivities(), request.targetParticipants(),
                IntStream.range(0, request.lines().size()).mapToObj(i -> {
                    PlanLineRequest l = request.lines().get(i);
                    return new PlanLine(i + 1, l.quarter(), l.type(), l.title().trim(), l.expectedParticipants(), l.partnerId());
                }).toList());
        if (existing.isEmpty()) {
            plans.persist(plan);
        }
        plans.flush();
        PlanView after = view(plan, center.name());
        audit.record(AUDIT_TYPE, plan.getId(), centerId, plan.getSubdistrictCode(), existing.isEmpty() ? "CREATE" : "UPDATE", before, after);
        return after;
    }

    /** The district confirms the plan; later changes stay confirmed, and the history keeps each version. */
    @Transactional
    public PlanView confirm(UUID centerId, int fiscalYear, String ifMatch) {
        CenterView center = writableCenter(centerId);
        DrivingPlan plan = plan(center, fiscalYear);
        Versions.requireCurrent(ifMatch, plan.getVersion());
        if (plan.getState() == PlanState.CONFIRMED) {
            throw ProblemException.conflict("plan.confirmed", "The plan is confirmed already.");
        }
        if (plan.getLines().isEmpty()) {
            throw ProblemException.unprocessable("plan.empty", "A plan is confirmed once it plans at least one activity.", "lines",
                    "at least one line");
        }
        PlanView before = view(plan, center.name());
        plan.confirm(OffsetDateTime.now(clock), user.username());
        plans.flush();
        PlanView after = view(plan, center.name());
        audit.record(AUDIT_TYPE, plan.getId(), centerId, plan.getSubdistrictCode(), "CONFIRM", before, after);
        return after;
    }

    /** A draft of this year's plan with last year's lines and targets, for the center that has none yet. */
    @Transactional
    public PlanView copyFromLastYear(UUID centerId, int fiscalYear) {
        CenterView center = writableCenter(centerId);
        if (plans.find(user.scope(), centerId, fiscalYear).isPresent()) {
            throw ProblemException.conflict("plan.exists", "The center has a plan for " + fiscalYear + " already; change it instead.");
        }
        DrivingPlan last = plans.find(user.scope(), centerId, fiscalYear - 1).orElseThrow(() -> ProblemException.notFound(
                "plan.not-found", "The center has no plan for " + (fiscalYear - 1) + " to copy."));
        DrivingPlan plan = new DrivingPlan(centerId, center.subdistrictCode(), fiscalYear, OffsetDateTime.now(clock), user.username());
        plan.describe(null, last.getTargetActivities(), last.getTargetParticipants(), List.copyOf(last.getLines()));
        plans.persist(plan);
        plans.flush();
        PlanView created = view(plan, center.name());
        audit.record(AUDIT_TYPE, plan.getId(), centerId, plan.getSubdistrictCode(), "COPY", null, created);
        return created;
    }

    /** For an area: the share of its active centers with a plan, and the share of planned lines done, per area one level down. */
    public PlanSummary summary(String areaCode, Integer fiscalYearOrNull) {
        int fiscalYear = fiscalYearOrNull == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : fiscalYearOrNull;
        Area area = areas.resolve(areaCode);
        int childLength = area.isNational() ? 2 : area.code().length() == 2 ? 4 : 6;
        Map<String, int[]> tally = new HashMap<>();
        for (PlanRepository.AreaPlans p : plans.summary(user.scope(), area.code(), fiscalYear, childLength)) {
            tally.put(p.areaCode(), new int[] {p.plans(), p.confirmed(), p.lines(), p.done()});
        }
        List<PlanAreaRow> rows = new ArrayList<>();
        int[] sum = new int[5];
        for (PlanRepository.AreaCenters c : plans.activeCenters(user.scope(), area.code(), childLength)) {
            int[] t = tally.getOrDefault(c.areaCode(), new int[4]);
            rows.add(row(geo.nameOf(c.areaCode()).orElse(new AreaName(c.areaCode(), c.areaCode(), c.areaCode())), c.centers(), t));
            sum[0] += c.centers();
            for (int i = 0; i < 4; i++) {
                sum[i + 1] += t[i];
            }
        }
        AreaName name = new AreaName(area.code(), area.nameTh(), area.nameEn());
        return new PlanSummary(fiscalYear, name, rows, row(name, sum[0], new int[] {sum[1], sum[2], sum[3], sum[4]}));
    }

    private static PlanAreaRow row(AreaName area, int centers, int[] t) {
        return new PlanAreaRow(area, centers, t[0], t[1], rate(t[0], centers), t[2], t[3], rate(t[3], t[2]));
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private DrivingPlan plan(CenterView center, int fiscalYear) {
        return plans.find(user.scope(), center.id(), fiscalYear).orElseThrow(() -> ProblemException.notFound("plan.not-found",
                "Center " + center.id() + " has no plan for " + fiscalYear + " yet."));
    }

    private CenterView center(UUID centerId) {
        return centers.find(centerId).orElseThrow(() -> ProblemException.notFound("center.not-found",
                "No center " + centerId + " in your area."));
    }

    private CenterView writableCenter(UUID centerId) {
        CenterView center = center(centerId);
        if (center.status() == CenterStatus.CLOSED) {
            throw ProblemException.conflict("plan.center.closed", "The center is closed; closed centers make no plans.");
        }
        return center;
    }

    private void requirePartner(UUID partnerId) {
        try {
            partners.get(partnerId);
        } catch (ProblemException notFound) {
            if (notFound.status() != 404) {
                throw notFound;
            }
            throw ProblemException.unprocessable("plan.partner.unknown", "No partner " + partnerId + " you may see.", "lines",
                    "a partner you may see");
        }
    }

    private PlanView view(DrivingPlan plan, String centerName) {
        var held = heldByCenter(activities.held(null, plan.getCenterId(), plan.getFiscalYear()))
                .getOrDefault(plan.getCenterId(), Map.of());
        List<Status> statuses = statuses(plan, held);
        Map<UUID, String> partnerNames = new HashMap<>();
        plan.getLines().stream().map(PlanLine::partnerId).filter(Objects::nonNull).distinct()
                .forEach(id -> partnerNames.put(id, partnerName(id)));
        List<PlanLineView> lines = IntStream.range(0, plan.getLines().size()).mapToObj(i -> {
            PlanLine l = plan.getLines().get(i);
            return new PlanLineView(l.position(), l.quarter(), l.type(), l.title(), l.expectedParticipants(), l.partnerId(),
                    l.partnerId() == null ? null : partnerNames.get(l.partnerId()), statuses.get(i));
        }).toList();
        Map<Status, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, () -> new EnumMap<>(Status.class),
                Collectors.counting()));
        PlanProgress progress = new PlanProgress(statuses.size(), counts.getOrDefault(Status.DONE, 0L).intValue(),
                counts.getOrDefault(Status.DONE_DIFFERENTLY, 0L).intValue(), counts.getOrDefault(Status.NOT_YET, 0L).intValue());
        return new PlanView(plan.getId(), plan.getCenterId(), centerName, plan.getSubdistrictCode(), plan.getFiscalYear(), plan.getState(),
                plan.getMeetingId(), plan.getTargetActivities(), plan.getTargetParticipants(), lines, progress, plan.getConfirmedAt(),
                plan.getConfirmedBy(), plan.getVersion(), plan.getCreatedAt(), plan.getCreatedBy(), plan.getUpdatedAt(), plan.getUpdatedBy());
    }

    /** The partner's name, or nothing when it is no longer one the caller may see. */
    private String partnerName(UUID id) {
        try {
            return partners.get(id).name();
        } catch (ProblemException hidden) {
            return null;
        }
    }

    private static List<Status> statuses(DrivingPlan plan, Map<Integer, Map<ActivityType, Integer>> held) {
        return PlanAgainstActual.of(plan.getLines().stream().map(l -> new PlanAgainstActual.Line(l.quarter(), l.type())).toList(), held);
    }

    private static Map<UUID, Map<Integer, Map<ActivityType, Integer>>> heldByCenter(List<Held> held) {
        Map<UUID, Map<Integer, Map<ActivityType, Integer>>> byCenter = new HashMap<>();
        for (Held h : held) {
            byCenter.computeIfAbsent(h.centerId(), k -> new HashMap<>()).computeIfAbsent(h.quarter(), k -> new EnumMap<>(ActivityType.class))
                    .merge(h.type(), h.activities(), Integer::sum);
        }
        return byCenter;
    }
}
