package th.go.cdd.cdvl.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.activity.Participants;
import th.go.cdd.cdvl.center.CenterService;
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
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.planning.MeetingRepository.ResolutionCounts;
import th.go.cdd.cdvl.planning.MeetingViews.MeetingRequest;
import th.go.cdd.cdvl.planning.MeetingViews.MeetingSummary;
import th.go.cdd.cdvl.planning.MeetingViews.MeetingView;
import th.go.cdd.cdvl.planning.MeetingViews.OpenResolution;
import th.go.cdd.cdvl.planning.MeetingViews.ResolutionDoneRequest;
import th.go.cdd.cdvl.planning.MeetingViews.ResolutionRequest;
import th.go.cdd.cdvl.planning.MeetingViews.ResolutionView;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.security.CurrentUser;
import th.go.cdd.cdvl.security.PersonalData;

/**
 * Meetings of the driving mechanism and their resolutions (guideline step 2). An officer records
 * the meetings of their own area ({@link MeetingArea}: a district officer its district's and its
 * centers'); anyone who may read the area reads them. A resolution stays open, and in the area's
 * follow-up list, until it is marked done. Its minutes and photos are {@link Attachments}, added
 * and removed by those who record its area's meetings.
 */
@ApplicationScoped
public class MeetingService {

    static final String AUDIT_TYPE = "MEETING";
    static final String RESOLUTION_AUDIT_TYPE = "MEETING_RESOLUTION";
    static final int OPEN_RESOLUTIONS_SHOWN = 200;
    private static final Map<String, String> SORTS = Map.of("heldOn", "m.heldOn", "title", "m.title", "areaCode", "m.areaCode",
            "updatedAt", "m.updatedAt");

    private final MeetingRepository meetings;
    private final CenterService centers;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final PersonalData personal;
    private final AreaResolver areas;
    private final Attachments attachments;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, CenterService centers, GeoService geo, AuditService audit, CurrentUser user,
            PersonalData personal, AreaResolver areas, Attachments attachments, Clock clock) {
        this.meetings = meetings;
        this.attachments = attachments;
        this.areas = areas;
        this.centers = centers;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.personal = personal;
        this.clock = clock;
    }

    public PageView<MeetingSummary> list(String areaCode, Integer fiscalYear, String level, PageParams paging) {
        var filter = new MeetingRepository.Filter(areaFilter(areaCode), fiscalYear, Filters.enumValue(MeetingLevel.class, "level", level));
        var query = meetings.search(user.scope(), filter, paging.sort(SORTS, "-heldOn", "m.id")).page(paging.panachePage());
        List<Meeting> page = query.list();
        Map<UUID, ResolutionCounts> counts = meetings.resolutionCounts(page.stream().map(Meeting::getId).toList());
        Map<UUID, String> centerNames = centerNames(page);
        return paging.view(page.stream().map(m -> summary(m, counts.getOrDefault(m.getId(), ResolutionCounts.NONE),
                centerName(centerNames, m))).toList(), query.count());
    }

    public MeetingView get(UUID id) {
        return shown(visible(id));
    }

    /** The follow-up of the next meeting: resolutions not yet done of the meetings held in the area. */
    public List<OpenResolution> openResolutions(String areaCode, Integer fiscalYear) {
        List<MeetingResolution> open = meetings.openResolutions(user.scope(), areaFilter(areaCode), fiscalYear, OPEN_RESOLUTIONS_SHOWN);
        Map<UUID, String> centerNames = centerNames(open.stream().map(MeetingResolution::getMeeting).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return open.stream().map(r -> {
            Meeting m = r.getMeeting();
            OpenResolution view = new OpenResolution(r.getId(), m.getId(), m.getTitle(), m.getHeldOn(), m.getLevel(), m.getAreaCode(),
                    areaName(m), centerName(centerNames, m), r.getPosition(), r.getText(), r.getOwner(), r.getDueOn(),
                    overdue(r, today));
            return personal.shown(view, m.getAreaCode());
        }).toList();
    }

    @Transactional
    public MeetingView create(MeetingRequest request) {
        UUID centerId = request.level() == MeetingLevel.CENTER ? requireCenterId(request) : null;
        String center = centerId == null ? null : centerSubdistrict(centerId);
        String areaCode = MeetingArea.of(request.level(), request.level() == MeetingLevel.CENTER ? null : request.areaCode(), center);
        requireWritable(areaCode);
        Meeting meeting = new Meeting(request.level(), areaCode, centerId, OffsetDateTime.now(clock), user.username());
        describe(meeting, request);
        meetings.persist(meeting);
        meetings.flush();
        MeetingView created = view(meeting);
        audit.record(AUDIT_TYPE, meeting.getId(), meeting.getAreaCode(), "CREATE", null, created);
        return shown(meeting);
    }

    /** New minutes for a meeting; its level, area and center stay as recorded. */
    @Transactional
    public MeetingView update(UUID id, String ifMatch, MeetingRequest request) {
        Meeting meeting = visible(id);
        requireWritable(meeting.getAreaCode());
        Versions.requireCurrent(ifMatch, meeting.getVersion());
        if (request.level() != meeting.getLevel()
                || (meeting.getLevel() == MeetingLevel.CENTER ? !meeting.getCenterId().equals(request.centerId())
                        : !meeting.getAreaCode().equals(Objects.requireNonNullElse(request.areaCode(), "")))) {
            throw ProblemException.unprocessable("meeting.area.fixed",
                    "A meeting's level and area cannot change; record a new meeting instead.", "level", "cannot change");
        }
        MeetingView before = view(meeting);
        describe(meeting, request);
        meeting.touch(OffsetDateTime.now(clock), user.username());
        meetings.flush();
        MeetingView after = view(meeting);
        audit.record(AUDIT_TYPE, id, meeting.getAreaCode(), "UPDATE", before, after);
        return shown(meeting);
    }

    /** Marks one resolution done (or open again); the meeting's version guards it, as the minutes are one record. */
    @Transactional
    public MeetingView settle(UUID id, UUID resolutionId, String ifMatch, ResolutionDoneRequest request) {
        Meeting meeting = visible(id);
        MeetingResolution resolution = meeting.getResolutions().stream().filter(r -> r.getId().equals(resolutionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("meeting.resolution.not-found",
                        "Meeting " + id + " has no resolution " + resolutionId + "."));
        requireWritable(meeting.getAreaCode());
        Versions.requireCurrent(ifMatch, meeting.getVersion());
        LocalDate today = LocalDate.now(clock);
        LocalDate doneOn = Boolean.TRUE.equals(request.done()) ? Objects.requireNonNullElse(request.doneOn(), today) : null;
        if (doneOn != null && (doneOn.isAfter(today) || doneOn.isBefore(meeting.getHeldOn()))) {
            throw ProblemException.unprocessable("meeting.resolution.done-on",
                    "A resolution is done between the meeting's date and today.", "doneOn", "between the meeting and today");
        }
        ResolutionView before = resolutionView(resolution, today);
        resolution.settle(doneOn, Texts.blankToNull(request.note()));
        meeting.touch(OffsetDateTime.now(clock), user.username());
        meetings.flush();
        audit.record(RESOLUTION_AUDIT_TYPE, resolutionId, id, meeting.getAreaCode(), doneOn == null ? "REOPEN" : "DONE", before,
                resolutionView(resolution, today));
        return shown(meeting);
    }

    /**
     * Attaches minutes or a photo ({@link MeetingFileKind}) to a meeting of the caller's area. The
     * meeting is checked first, so no connection is held while the body arrives.
     */
    public AttachmentView addFile(UUID id, MeetingFileKind kind, String fileName, InputStream body) {
        Attachments.Owner owner = writableOwner(id);
        Set<FileTypes.Type> accepted = kind == null ? FileTypes.DOCUMENTS : kind.accepted;
        return attachments.add(owner, type -> MeetingFileKind.of(kind, type), accepted, MeetingFileKind.MAX_PER_MEETING, body,
                fileName, user.username());
    }

    public StoredFile file(UUID id, UUID fileId) {
        return attachments.file(owner(visible(id)), fileId);
    }

    public InputStream open(StoredFile file) {
        return attachments.open(file);
    }

    /** Removes a file of a meeting of the caller's area; If-Match is the file's ETag. */
    public void deleteFile(UUID id, UUID fileId, String ifMatch) {
        attachments.delete(writableOwner(id), fileId, ifMatch);
    }

    /** The meeting as the owner of its files, if the caller records its area's meetings; in a transaction of its own. */
    private Attachments.Owner writableOwner(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Meeting meeting = visible(id);
            requireWritable(meeting.getAreaCode());
            return owner(meeting);
        });
    }

    private static Attachments.Owner owner(Meeting meeting) {
        return new Attachments.Owner("MEETING", meeting.getId(), meeting.getAreaCode(), "/api/v1/meetings/" + meeting.getId() + "/files");
    }

    private Meeting visible(UUID id) {
        return meetings.findVisible(user.scope(), id).orElseThrow(() -> ProblemException.notFound("meeting.not-found",
                "No meeting " + id + " in your area."));
    }

    private void requireWritable(String areaCode) {
        AreaScope scope = user.scope();
        if (!scope.covers(areaCode)) {
            throw ProblemException.forbidden("meeting.area.forbidden",
                    "You record the meetings of your own area; this one belongs to a wider area.");
        }
        if (!areaCode.isEmpty() && geo.nameOf(areaCode).isEmpty()) {
            throw ProblemException.unprocessable("geo.area.unknown", "No area has the code " + areaCode + ".", "areaCode",
                    "unknown area");
        }
    }

    private static UUID requireCenterId(MeetingRequest request) {
        if (request.centerId() == null) {
            throw ProblemException.unprocessable("meeting.center.required", "A center meeting names its center.", "centerId",
                    "required for a CENTER meeting");
        }
        return request.centerId();
    }

    private String centerSubdistrict(UUID centerId) {
        return centers.find(centerId).map(CenterView::subdistrictCode).orElseThrow(() -> ProblemException.unprocessable(
                "meeting.center.unknown", "No center " + centerId + " in your area.", "centerId", "not a center in your area"));
    }

    /** The area a list is narrowed to (null: the caller's whole view); 404 outside the caller's area, as for reports. */
    private String areaFilter(String areaCode) {
        return areaCode == null || areaCode.isBlank() ? null : areas.resolve(areaCode).code();
    }

    /**
     * Writes the minutes: resolutions are numbered in the order sent; one sent with the id of an
     * existing resolution keeps that resolution (and whether it is done), others are new, and those
     * not sent again are dropped.
     */
    private static void describe(Meeting meeting, MeetingRequest r) {
        Participants a = r.attendees();
        meeting.describe(r.heldOn(), r.place().trim(), r.title().trim(), r.agenda().trim(),
                new int[] {a.committee(), a.volunteerLeaders(), a.community(), a.partners(), a.officers()},
                Texts.blankToNull(r.attendeeNames()));
        Map<UUID, MeetingResolution> existing = meeting.getResolutions().stream()
                .collect(Collectors.toMap(MeetingResolution::getId, x -> x));
        Set<UUID> kept = new HashSet<>();
        List<MeetingResolution> ordered = new ArrayList<>();
        for (ResolutionRequest sent : r.resolutions()) {
            MeetingResolution resolution = sent.id() != null && existing.containsKey(sent.id()) && kept.add(sent.id())
                    ? existing.get(sent.id()) : new MeetingResolution(meeting);
            resolution.describe(ordered.size() + 1, sent.text().trim(), Texts.blankToNull(sent.assignee()), sent.dueOn());
            ordered.add(resolution);
        }
        meeting.replaceResolutions(ordered);
    }

    private MeetingView shown(Meeting meeting) {
        MeetingView view = view(meeting);
        List<ResolutionView> resolutions = view.resolutions().stream().map(r -> personal.shown(r, meeting.getAreaCode())).toList();
        MeetingView withResolutions = new MeetingView(view.id(), view.fiscalYear(), view.level(), view.areaCode(), view.area(),
                view.centerId(), view.centerName(), view.heldOn(), view.place(), view.title(), view.agenda(), view.attendees(),
                view.attendeeTotal(), view.attendeeNames(), resolutions, view.openResolutions(), view.files(), view.version(), view.createdAt(),
                view.createdBy(), view.updatedAt(), view.updatedBy());
        return personal.shown(withResolutions, meeting.getAreaCode());
    }

    /** The whole meeting, as the audit trail keeps it. */
    private MeetingView view(Meeting m) {
        LocalDate today = LocalDate.now(clock);
        Participants attendees = new Participants(m.getCommittee(), m.getVolunteerLeaders(), m.getCommunity(), m.getPartners(),
                m.getOfficers());
        List<ResolutionView> resolutions = m.getResolutions().stream().map(r -> resolutionView(r, today)).toList();
        int open = (int) resolutions.stream().filter(r -> !r.done()).count();
        String centerName = m.getCenterId() == null ? null : centers.names(List.of(m.getCenterId())).get(m.getCenterId());
        return new MeetingView(m.getId(), m.getFiscalYear(), m.getLevel(), m.getAreaCode(), areaName(m), m.getCenterId(), centerName,
                m.getHeldOn(), m.getPlace(), m.getTitle(), m.getAgenda(), attendees, attendees.total(), m.getAttendeeNames(),
                resolutions, open, attachments.list(owner(m)), m.getVersion(), m.getCreatedAt(), m.getCreatedBy(), m.getUpdatedAt(), m.getUpdatedBy());
    }

    private MeetingSummary summary(Meeting m, ResolutionCounts counts, String centerName) {
        int attendees = m.getCommittee() + m.getVolunteerLeaders() + m.getCommunity() + m.getPartners() + m.getOfficers();
        return new MeetingSummary(m.getId(), m.getFiscalYear(), m.getLevel(), m.getAreaCode(), areaName(m), m.getCenterId(),
                centerName, m.getHeldOn(), m.getTitle(), m.getPlace(), attendees, counts.total(), counts.open(), m.getVersion());
    }

    private static ResolutionView resolutionView(MeetingResolution r, LocalDate today) {
        return new ResolutionView(r.getId(), r.getPosition(), r.getText(), r.getOwner(), r.getDueOn(), r.getDoneOn() != null,
                r.getDoneOn(), r.getDoneNote(), overdue(r, today));
    }

    private static boolean overdue(MeetingResolution r, LocalDate today) {
        return r.getDoneOn() == null && r.getDueOn() != null && r.getDueOn().isBefore(today);
    }

    /** The province or district the meeting was held in; for a center, its district. */
    private AreaName areaName(Meeting m) {
        String code = m.getLevel() == MeetingLevel.CENTER ? m.getAreaCode().substring(0, 4) : m.getAreaCode();
        return code.isEmpty() ? null : geo.nameOf(code).orElse(null);
    }

    /** The center's name of a center meeting, null for the others (the names' map takes no null key). */
    private static String centerName(Map<UUID, String> names, Meeting m) {
        return m.getCenterId() == null ? null : names.get(m.getCenterId());
    }

    private Map<UUID, String> centerNames(List<Meeting> page) {
        return centers.names(page.stream().map(Meeting::getCenterId).filter(Objects::nonNull).distinct().toList());
    }
}
