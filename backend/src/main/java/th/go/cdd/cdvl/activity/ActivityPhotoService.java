package th.go.cdd.cdvl.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.storage.FileStorage;
import th.go.cdd.cdvl.common.storage.IncomingFile;
import th.go.cdd.cdvl.common.storage.UploadPlaces;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.CurrentUser;

/**
 * Photo evidence of activities. Photos are reached only through an activity the caller may see
 * ({@link ActivityService#visible}), so a photo outside the caller's area answers 404 like its
 * activity. An upload is checked (size, type from its content, room left), cleaned of metadata by
 * {@link PhotoImages}, stored, and only then recorded with its audit event in one transaction; if
 * that transaction fails the stored files are deleted again, so there is never a record without
 * files nor (short of a crash between the two steps) files without a record.
 */
@ApplicationScoped
public class ActivityPhotoService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ActivityPhotoService.class);

    static final String AUDIT_TYPE = "ACTIVITY_PHOTO";

    /** The media types {@link #upload} accepts, judged from the content; the SPA checks a file against them first. */
    public static final List<String> ACCEPTED_TYPES = Arrays.stream(PhotoImages.Format.values())
            .map(format -> format.mediaType).toList();

    private final ActivityService activities;
    private final ActivityPhotoRepository photos;
    private final FileStorage storage;
    private final PhotoConfig config;
    private final PhotoUploadGate gate;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    public ActivityPhotoService(ActivityService activities, ActivityPhotoRepository photos, FileStorage storage,
            PhotoConfig config, PhotoUploadGate gate, AuditService audit, CurrentUser user, Clock clock) {
        this.activities = activities;
        this.photos = photos;
        this.storage = storage;
        this.config = config;
        this.gate = gate;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The file's bytes and what to tell a cache about them. */
    public record PhotoFile(String contentType, String etag, Supplier<InputStream> content) {
    }

    public List<PhotoView> list(UUID activityId) {
        activities.visible(activityId);
        return photos.ofActivity(activityId).stream().map(ActivityPhotoService::view).toList();
    }

    /**
     * Adds a photo. The declared Content-Type is not trusted: the first bytes decide the type, so
     * a text file sent as image/jpeg is refused (415) and a PNG sent as octet-stream is accepted.
     * Everything that needs no body runs before the body is read: its uploader must have a free place
     * ({@link PhotoUploadGate#enter}), and the activity must be visible and have room left. The body then goes to
     * a temporary file ({@link IncomingFile}), is decoded under a permit, stored, and the photo count
     * is checked again under a lock with the record.
     */
    public PhotoView upload(UUID activityId, InputStream body) {
        // the place first: an upload beyond the user's or the instance's share is refused without
        // touching the database, which matters most when the database is slow and uploads pile up
        try (UploadPlaces.Place place = gate.enter(user.username())) {
            // in a transaction of its own, so its connection goes back to the pool before the body is read
            Activity activity = QuarkusTransaction.requiringNew().call(() -> {
                Activity visible = activities.changeable(activityId);
                if (photos.countOf(activityId) >= config.maxPerActivity()) {
                    throw limitReached();
                }
                return visible;
            });
            return receive(activity, body);
        }
    }

    private PhotoView receive(Activity activity, InputStream body) {
        UUID activityId = activity.getId();
        try (IncomingFile upload = IncomingFile.receive(body, Path.of(config.uploadFolder()), config.maxBytes(),
                config.bodyTimeout(), "photo.too-large")) {
            PhotoImages.Format format = PhotoImages.Format.detect(upload.head()).orElseThrow(() ->
                    ProblemException.unsupportedMediaType("photo.type.unsupported", "Send a JPEG, PNG or WebP image."));
            ActivityPhoto photo = gate.decoding(() -> cleanAndStore(activityId, upload, format));
            try {
                return QuarkusTransaction.requiringNew().call(() -> record(activity, photo));
            } catch (RuntimeException e) {
                discardFiles(photo, e);
                throw e;
            }
        }
    }

    /** Under a decoding permit: the decoded pixels and the encoded files are dropped before it is released. */
    private ActivityPhoto cleanAndStore(UUID activityId, IncomingFile upload, PhotoImages.Format format) {
        PhotoImages.Clean clean = PhotoImages.clean(upload.path(), format);
        UUID photoId = UUID.randomUUID();
        String base = "photos/" + activityId + "/" + photoId;
        ActivityPhoto photo = new ActivityPhoto(photoId, activityId, clean.contentType(), clean.image().length,
                sha256(clean.image()), clean.width(), clean.height(), base + "." + clean.extension(),
                base + "_thumb.jpg", OffsetDateTime.now(clock), user.username());
        try {
            storage.put(photo.getStorageKey(), clean.image());
            storage.put(photo.getThumbnailKey(), clean.thumbnail());
        } catch (RuntimeException e) {
            discardFiles(photo, e);
            throw e;
        }
        return photo;
    }

    /** The clean image (JPEG or PNG); its ETag is the SHA-256 of the stored bytes, which never change. */
    public PhotoFile image(UUID activityId, UUID photoId) {
        ActivityPhoto photo = visiblePhoto(activityId, photoId);
        return new PhotoFile(photo.getContentType(), photo.getSha256(), () -> storage.open(photo.getStorageKey()));
    }

    public PhotoFile thumbnail(UUID activityId, UUID photoId) {
        ActivityPhoto photo = visiblePhoto(activityId, photoId);
        return new PhotoFile("image/jpeg", photo.getSha256() + "-thumb", () -> storage.open(photo.getThumbnailKey()));
    }

    /**
     * Removes a photo (a wrong picture of people must be removable). If-Match must name the photo
     * ({@link PhotoView#etag()}): missing → 428, another → 412. The row and its audit entry go in one
     * transaction; the files are deleted after it commits, so a failure leaves at worst an orphan
     * file that nobody can reach, never a record without its image.
     */
    public void delete(UUID activityId, UUID photoId, String ifMatch) {
        ActivityPhoto photo = QuarkusTransaction.requiringNew().call(() -> {
            Activity activity = activities.visible(activityId);
            photos.lockActivity(activityId);
            ActivityPhoto found = visiblePhoto(activityId, photoId);
            PhotoView view = view(found);
            Versions.requireTag(ifMatch, view.etag());
            photos.delete(found);
            audit.record(AUDIT_TYPE, found.getId(), activityId, activity.getSubdistrictCode(), "DELETE", view, null);
            return found;
        });
        RuntimeException failure = new IllegalStateException("photo files left behind");
        discardFiles(photo, failure);
        for (Throwable left : failure.getSuppressed()) {
            LOG.warnf("A deleted photo's file could not be removed: %s", left.getMessage());
        }
    }

    private PhotoView record(Activity activity, ActivityPhoto photo) {
        photos.lockActivity(activity.getId());
        if (photos.countOf(activity.getId()) >= config.maxPerActivity()) {
            throw limitReached();
        }
        photos.persist(photo);
        PhotoView view = view(photo);
        audit.record(AUDIT_TYPE, photo.getId(), activity.getId(), activity.getSubdistrictCode(), "CREATE", null, view);
        return view;
    }

    private void discardFiles(ActivityPhoto photo, RuntimeException failure) {
        for (String key : List.of(photo.getStorageKey(), photo.getThumbnailKey())) {
            try {
                storage.delete(key);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private ActivityPhoto visiblePhoto(UUID activityId, UUID photoId) {
        activities.visible(activityId);
        return photos.findOf(activityId, photoId).orElseThrow(() -> ProblemException.notFound("photo.not-found",
                "Activity " + activityId + " has no photo " + photoId + "."));
    }

    private ProblemException limitReached() {
        return ProblemException.conflict("photo.limit-reached",
                "An activity has at most " + config.maxPerActivity() + " photos.");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static PhotoView view(ActivityPhoto p) {
        String url = "/api/v1/activities/" + p.getActivityId() + "/photos/" + p.getId();
        return new PhotoView(p.getId(), p.getActivityId(), p.getContentType(), p.getSizeBytes(), p.getWidth(),
                p.getHeight(), p.getCreatedAt(), p.getCreatedBy(), url, url + "/thumbnail", "\"" + p.getSha256() + "\"");
    }
}
