package th.go.cdd.cdvl.learning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import th.go.cdd.cdvl.activity.ActivityCategory;
import th.go.cdd.cdvl.activity.ActivityService;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.activity.ActivityViews.ActivityView;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.center.CenterService;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.storage.Attachments;
import th.go.cdd.cdvl.common.storage.FileTypes;
import th.go.cdd.cdvl.common.storage.StoredFile;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.learning.LessonReview.Move;
import th.go.cdd.cdvl.learning.LessonViews.LessonRequest;
import th.go.cdd.cdvl.learning.LessonViews.LessonSummary;
import th.go.cdd.cdvl.learning.LessonViews.LessonView;
import th.go.cdd.cdvl.learning.LessonViews.NoteRequest;
import th.go.cdd.cdvl.learning.LessonViews.PartnerRef;
import th.go.cdd.cdvl.partner.PartnerService;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerView;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Lessons learned (guideline step 6). A district or province officer writes a lesson about a
 * center of their area, with the activities of that center that show it and the partners involved
 * (both must be visible to the writer); the province reviews it ({@link LessonReview}). An area
 * reads its own lessons in every state; everyone signed in reads the published ones in the
 * library, whatever their area, without who wrote them. Photos (JPEG or PNG, at most
 * {@value #MAX_PHOTOS}, the first the cover) are {@link Attachments}, changed while the lesson is editable.
 */
@ApplicationScoped
public class LessonService {

    static final String AUDIT_TYPE = "LESSON";
    static final int MAX_PHOTOS = 10;
    static final int MAX_TERMS = 5;
    private static final Map<String, String> SORTS = Map.of("updatedAt", "l.updatedAt", "title", "l.title", "publishedAt",
            "l.publishedAt", "fiscalYear", "l.fiscalYear");

    private final LessonRepository lessons;
    private final CenterService centers;
    private final ActivityService activities;
    private final PartnerService partners;
    private final GeoService geo;
    private final AuditService audit;
    private final CurrentUser user;
    private final AreaResolver areas;
    private final Attachments attachments;
    private final Clock clock;

    public LessonService(LessonRepository lessons, CenterService centers, ActivityService activities, PartnerService partners,
            GeoService geo, AuditService audit, CurrentUser user, AreaResolver areas, Attachments attachments, Clock clock) {
        this.lessons = lessons;
        this.centers = centers;
        this.activities = activities;
        this.partners = partners;
        this.geo = geo;
        this.audit = audit;
        this.user = user;
        this.areas = areas;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The lessons of the caller's area (narrowed to {@code areaCode}, 404 outside it), in every state. */
    public PageView<LessonSummary> list(String areaCode, Integer fiscalYear, String state, PageParams paging) {
        String area = areaCode == null || areaCode.isBlank() ? null : areas.resolve(areaCode).code();
        var filter = new LessonRepository.Filter(area, fiscalYear, Filters.enumValue(LessonState.class, "state", state));
        var query = lessons.search(user.scope(), filter, paging.sort(SORTS, "-updatedAt", "l.id")).page(paging.panachePage());
        return summaries(query.list(), query.count(), paging, false);
    }

    /**
     * The library: published lessons of every area, newest first. {@code q} is split at spaces into
     * at most {@value #MAX_TERMS} terms, each of which must appear in the title, the texts or the
     * center's name: as a word, or as a run of words for a compound, after the Thai word break of
     * {@link th.go.cdd.cdvl.common.text.ThaiWords} ("ปุ๋ยหมัก" finds "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้").
     */
    public PageView<LessonSummary> library(String q, String topic, String province, Integer fiscalYear, PageParams paging) {
        List<String> terms = q == null ? List.of() : Arrays.stream(q.trim().split("\\s+")).filter(t -> !t.isEmpty()).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw ProblemException.badRequest("lesson.search.too-many-terms", "At most " + MAX_TERMS + " search words.",
                    new Problem.FieldError("q", "lesson.search.too-many-terms", "at most " + MAX_TERMS + " words"));
        }
        if (province != null && !province.isBlank() && !province.matches("[0-9]{2}")) {
            throw ProblemException.badRequest("geo.code.malformed", "province must be 2 digits.",
                    new Problem.FieldError("province", "geo.code.malformed", "must be 2 digits"));
        }
        var filter = new LessonRepository.LibraryFilter(terms, topic(topic), province == null || province.isBlank() ? null : province,
                fiscalYear);
        var query = lessons.library(filter, paging.sort(SORTS, "-publishedAt", "l.id")).page(paging.panachePage());
        return summaries(query.list(), query.count(), paging, true);
    }

    public LessonView get(UUID id) {
        Lesson lesson = visible(id);
        return view(lesson, owner(lesson));
    }

    /** A published lesson, for every signed-in user: without who wrote or changed it. */
    public LessonView published(UUID id) {
        Lesson lesson = publishedLesson(id);
        return forLibrary(view(lesson, libraryOwner(lesson)));
    }

    @Transactional
    public LessonView create(LessonRequest request) {
        CenterView center = center(request.centerId());
        requireWritable(center.subdistrictCode());
        int year = request.fiscalYear() == null ? FiscalCalendar.fiscalYearOf(LocalDate.now(clock)) : request.fiscalYear();
        Lesson lesson = new Lesson(center.id(), center.subdistrictCode(), year, OffsetDateTime.now(clock), user.username());
        describe(lesson, request, center);
        lessons.persist(lesson);
        lessons.flush();
        LessonView created = view(lesson, owner(lesson));
        audit.record(AUDIT_TYPE, lesson.getId(), lesson.getSubdistrictCode(), "CREATE", null, created);
        return created;
    }

    /** A new text for a draft or returned lesson of the caller's area; its center stays (422 otherwise). */
    @Transactional
    public LessonView update(UUID id, String ifMatch, LessonRequest request) {
        Lesson lesson = visible(id);
        requireWritable(lesson.getSubdistrictCode());
        Versions.requireCurrent(ifMatch, lesson.getVersion());
        LessonReview.requireEditable(lesson.getState());
        if (!lesson.getCenterId().equals(request.centerId())) {
            throw ProblemException.unprocessable("lesson.center.fixed", "A lesson's center cannot change; write a new lesson instead.",
                    "centerId", "cannot change");
        }
        LessonView before = view(lesson, owner(lesson));
        if (request.fiscalYear() != null && request.fiscalYear() != lesson.getFiscalYear()) {
            throw ProblemException.unprocessable("lesson.fiscal-year.fixed", "A lesson's fiscal year cannot change.", "fiscalYear",
                    "cannot change");
        }
        describe(lesson, request, center(request.centerId()));
        return changed(lesson, before, "UPDATE");
    }

    @Transactional
    public LessonView submit(UUID id, String ifMatch) {
        return move(id, ifMatch, Move.SUBMIT, null);
    }

    @Transactional
    public LessonView publish(UUID id, String ifMatch) {
        return move(id, ifMatch, Move.PUBLISH, null);
    }

    @Transactional
    public LessonView returnToAuthor(UUID id, String ifMatch, NoteRequest request) {
        return move(id, ifMatch, Move.RETURN, request.note().trim());
    }

    @Transactional
    public LessonView withdraw(UUID id, String ifMatch, NoteRequest request) {
        return move(id, ifMatch, Move.WITHDRAW, request.note().trim());
    }

    /** Adds a photo to an editable lesson of the caller's area; checked in a transaction of its own, before the body arrives. */
    public AttachmentView addPhoto(UUID id, String fileName, InputStream body) {
        Attachments.Owner owner = QuarkusTransaction.requiringNew().call(() -> editableOwner(id));
        return attachments.add(owner, type -> "PHOTO", FileTypes.IMAGES, MAX_PHOTOS, body, fileName, user.username());
    }

    public StoredFile photo(UUID id, UUID photoId) {
        return attachments.file(owner(visible(id)), photoId);
    }

    /** A photo of a published lesson, for every signed-in user. */
    public StoredFile publishedPhoto(UUID id, UUID photoId) {
        return attachments.file(libraryOwner(publishedLesson(id)), photoId);
    }

    public InputStream open(StoredFile photo) {
        return attachments.open(photo);
    }

    /** Removes a photo of an editable lesson of the caller's area; If-Match is the photo's ETag. */
    public void deletePhoto(UUID id, UUID photoId, String ifMatch) {
        attachments.delete(QuarkusTransaction.requiringNew().call(() -> editableOwner(id)), photoId, ifMatch);
    }

    private Attachments.Owner editableOwner(UUID id) {
        Lesson lesson = visible(id);
        requireWritable(lesson.getSubdistrictCode());
        LessonReview.requireEditable(lesson.getState());
        return owner(lesson);
    }

    private LessonView move(UUID id, String ifMatch, Move move, String note) {
        Lesson lesson = visible(id);
        requireWritable(lesson.getSubdistrictCode());
        Versions.requireCurrent(ifMatch, lesson.getVersion());
        LessonReview.require(move, user.scope(), lesson.getState());
        LessonView before = view(lesson, owner(lesson));
        lesson.move(move.to, note, OffsetDateTime.now(clock));
        return changed(lesson, before, move.name());
    }

    private LessonView changed(Lesson lesson, LessonView before, String action) {
        lesson.touch(OffsetDateTime.now(clock), user.username());
        lessons.flush();
        LessonView after = view(lesson, owner(lesson));
        audit.record(AUDIT_TYPE, lesson.getId(), lesson.getSubdistrictCode(), action, before, after);
        return after;
    }

    private void describe(Lesson lesson, LessonRequest r, CenterView center) {
        Set<ActivityType> topics = new LinkedHashSet<>(r.topics());
        topics.stream().filter(t -> t.category() != ActivityCategory.MISSION && t.category() != ActivityCategory.DIMENSION).findFirst()
                .ifPresent(t -> {
                    throw ProblemException.unprocessable("lesson.topic.invalid", t + " is neither a mission nor a dimension.", "topics",
                            "a mission or a dimension");
                });
        Set<UUID> activityIds = new LinkedHashSet<>(Objects.requireNonNullElse(r.activityIds(), List.of()));
        for (UUID activityId : activityIds) {
            ActivityView activity = orUnprocessable(() -> activities.get(activityId), "lesson.activity.unknown", "activityIds",
                    "No activity " + activityId + " in your area.");
            if (!center.id().equals(activity.centerId())) {
                throw ProblemException.unprocessable("lesson.activity.other-center", "Activity " + activityId
                        + " is another center's; a lesson links the activities of its own center.", "activityIds", "another center's");
            }
        }
        Set<LessonPartner> involved = new LinkedHashSet<>();
        for (UUID partnerId : Objects.requireNonNullElse(r.partnerIds(), List.<UUID>of())) {
            PartnerView partner = orUnprocessable(() -> partners.get(partnerId), "lesson.partner.unknown", "partnerIds",
                    "No partner " + partnerId + " in your area.");
            involved.add(new LessonPartner(partner.id(), partner.name()));
        }
        String title = r.title().trim();
        List<String> texts = List.of(r.problem().trim(), r.actions().trim(), r.results().trim(), r.successFactors().trim(),
                r.advice().trim());
        String searchText = String.join("\n", title, String.join("\n", texts), center.name());
        lesson.describe(title, texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4), topics, activityIds, involved,
                searchText);
    }

    /** What another feature answers with 404 (not in the caller's area) is, in a lesson's body, a 422 on the field. */
    private static <T> T orUnprocessable(Supplier<T> read, String code, String field, String detail) {
        try {
            return read.get();
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            throw ProblemException.unprocessable(code, detail, field, "not in your area");
        }
    }

    private CenterView center(UUID centerId) {
        return centers.find(centerId).orElseThrow(() -> ProblemException.unprocessable("lesson.center.unknown",
                "No center " + centerId + " in your area.", "centerId", "not a center in your area"));
    }

    private void requireWritable(String subdistrictCode) {
        if (!user.scope().covers(subdistrictCode)) {
            throw ProblemException.forbidden("lesson.area.forbidden", "You write the lessons of your own area.");
        }
    }

    private Lesson visible(UUID id) {
        return lessons.findVisible(user.scope(), id).orElseThrow(() -> ProblemException.notFound("lesson.not-found",
                "No lesson " + id + " in your area."));
    }

    private Lesson publishedLesson(UUID id) {
        return lessons.findPublished(id).orElseThrow(() -> ProblemException.notFound("lesson.not-found",
                "No published lesson " + id + "."));
    }

    private static ActivityType topic(String topic) {
        ActivityType type = Filters.enumValue(ActivityType.class, "topic", topic);
        if (type != null && type.category() != ActivityCategory.MISSION && type.category() != ActivityCategory.DIMENSION) {
            throw ProblemException.badRequest("lesson.topic.invalid", "topic is a mission or a dimension.",
                    new Problem.FieldError("topic", "lesson.topic.invalid", "a mission or a dimension"));
        }
        return type;
    }

    private static Attachments.Owner owner(Lesson lesson) {
        return new Attachments.Owner("LESSON", lesson.getId(), lesson.getSubdistrictCode(), "/api/v1/lessons/" + lesson.getId() + "/photos");
    }

    /** The same photos, read under the library's path by those outside the lesson's area. */
    private static Attachments.Owner libraryOwner(Lesson lesson) {
        return new Attachments.Owner("LESSON", lesson.getId(), lesson.getSubdistrictCode(),
                "/api/v1/library/lessons/" + lesson.getId() + "/photos");
    }

    private LessonView view(Lesson l, Attachments.Owner owner) {
        String centerName = centers.names(List.of(l.getCenterId())).get(l.getCenterId());
        List<PartnerRef> partnerRefs = l.getPartners().stream().map(p -> new PartnerRef(p.getPartnerId(), p.getName()))
                .sorted(Comparator.comparing(PartnerRef::name)).toList();
        return new LessonView(l.getId(), l.getCenterId(), centerName, l.getSubdistrictCode(), name(l.getSubdistrictCode()),
                name(l.getSubdistrictCode().substring(0, 4)), name(l.getSubdistrictCode().substring(0, 2)), l.getFiscalYear(),
                l.getState(), l.getTitle(), l.getProblem(), l.getActions(), l.getResults(), l.getSuccessFactors(), l.getAdvice(),
                l.getTopics().stream().sorted().toList(), l.getActivityIds().stream().sorted().toList(), partnerRefs, l.getReviewNote(),
                l.getSubmittedAt(), l.getPublishedAt(), attachments.list(owner), l.getVersion(), l.getCreatedAt(), l.getCreatedBy(),
                l.getUpdatedAt(), l.getUpdatedBy());
    }

    private static LessonView forLibrary(LessonView v) {
        return new LessonView(v.id(), v.centerId(), v.centerName(), v.subdistrictCode(), v.subdistrict(), v.district(), v.province(),
                v.fiscalYear(), v.state(), v.title(), v.problem(), v.actions(), v.results(), v.successFactors(), v.advice(), v.topics(),
                v.activityIds(), v.partners(), null, v.submittedAt(), v.publishedAt(), v.photos(), v.version(), null, null,
                v.updatedAt(), null);
    }

    private PageView<LessonSummary> summaries(List<Lesson> page, long total, PageParams paging, boolean library) {
        Map<UUID, String> names = centers.names(page.stream().map(Lesson::getCenterId).distinct().toList());
        List<LessonSummary> items = new ArrayList<>();
        for (Lesson l : page) {
            List<AttachmentView> photos = attachments.list(library ? libraryOwner(l) : owner(l));
            items.add(new LessonSummary(l.getId(), l.getCenterId(), names.get(l.getCenterId()), l.getSubdistrictCode(),
                    name(l.getSubdistrictCode().substring(0, 4)), name(l.getSubdistrictCode().substring(0, 2)), l.getFiscalYear(),
                    l.getState(), l.getTitle(), excerpt(l.getResults()), l.getTopics().stream().sorted().toList(),
                    photos.isEmpty() ? null : photos.get(0), l.getPublishedAt(), l.getVersion(), l.getUpdatedAt()));
        }
        return paging.view(items, total);
    }

    private static String excerpt(String text) {
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }

    private AreaName name(String code) {
        return geo.nameOf(code).orElse(null);
    }
}
