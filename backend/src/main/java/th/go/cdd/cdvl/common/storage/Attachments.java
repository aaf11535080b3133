package th.go.cdd.cdvl.common.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;

/**
 * Files attached to the records of features: a meeting's minutes and photos, a visit's photos. The
 * owner's feature answers whether the caller may see the record (404 otherwise) and change it (403)
 * before it calls here, and names the record as an {@link Owner}; this class keeps the files of each
 * owner, at most {@code max} of them (409 {@code attachment.limit-reached}), received and stored by
 * {@link StoredFiles}, and writes an audit record for each file added or removed, under the owner's
 * area. A file is recorded only once its bytes are stored, and its bytes are deleted again if the
 * record fails; a removed file's bytes go after its row is gone, so nothing is ever listed without
 * its bytes.
 *
 * <p>Example: {@code add(new Owner("MEETING", id, "5201", "/api/v1/meetings/" + id + "/files"), t -> "MINUTES",
 * FileTypes.DOCUMENTS, 20, body, "รายงาน.pdf", "demo.district5201")} attaches a PDF to a district meeting.
 */
@ApplicationScoped
public class Attachments {

    static final String AUDIT_TYPE = "ATTACHMENT";
    private static final Logger LOG = Logger.getLogger(Attachments.class);

    /**
     * The record files are attached to: its kind ({@code MEETING}), id and area (for the audit
     * trail), and the path its files are read under ({@code <url>/<file id>}).
     */
    public record Owner(String type, UUID id, String areaCode, String url) {
    }

    private final AttachmentRepository attachments;
    private final StoredFiles files;
    private final AuditService audit;

    public Attachments(AttachmentRepository attachments, StoredFiles files, AuditService audit) {
        this.attachments = attachments;
        this.files = files;
        this.audit = audit;
    }

    public List<AttachmentView> list(Owner owner) {
        return attachments.of(owner).stream().map(a -> view(owner, a)).toList();
    }

    /**
     * Receives the body and attaches it to {@code owner} as the kind {@code kindOf} gives its type,
     * if it is one of {@code accepted} and the owner has fewer than {@code max} files. The room left
     * is checked before the body is read and again, under a lock of the owner, with the record.
     */
    public AttachmentView add(Owner owner, Function<FileTypes.Type, String> kindOf, Set<FileTypes.Type> accepted, int max,
            InputStream body, String fileName, String actor) {
        QuarkusTransaction.requiringNew().run(() -> requireRoom(owner, max));
        UUID id = UUID.randomUUID();
        String key = "attachments/" + owner.type().toLowerCase(Locale.ROOT) + "/" + owner.id() + "/" + id;
        return files.store(body, fileName, key, accepted, actor, stored -> QuarkusTransaction.requiringNew().call(() -> {
            attachments.lock(owner);
            requireRoom(owner, max);
            Attachment attachment = new Attachment(id, owner, kindOf.apply(FileTypes.typeOf(stored)), stored);
            attachments.persist(attachment);
            AttachmentView view = view(owner, attachment);
            audit.record(AUDIT_TYPE, id, owner.id(), owner.areaCode(), "CREATE", null, view);
            return view;
        }));
    }

    /** One file of the owner: 404 {@code attachment.not-found} when it has none of that id. */
    public StoredFile file(Owner owner, UUID id) {
        return attachments.find(owner, id).map(Attachment::stored).orElseThrow(() -> notFound(owner, id));
    }

    /** The caller closes the stream. */
    public InputStream open(StoredFile file) {
        return files.open(file);
    }

    /** Removes a file; If-Match names it ({@link AttachmentView#etag()}): missing 428, another 412. */
    public void delete(Owner owner, UUID id, String ifMatch) {
        Attachment removed = QuarkusTransaction.requiringNew().call(() -> {
            Attachment attachment = attachments.find(owner, id).orElseThrow(() -> notFound(owner, id));
            AttachmentView view = view(owner, attachment);
            Versions.requireTag(ifMatch, view.etag());
            attachments.delete(attachment);
            audit.record(AUDIT_TYPE, id, owner.id(), owner.areaCode(), "DELETE", view, null);
            return attachment;
        });
        RuntimeException left = new IllegalStateException("a removed attachment's bytes were left behind");
        files.discard(removed.stored(), left);
        for (Throwable failure : left.getSuppressed()) {
            LOG.warnf("A removed attachment's file stays in the store: %s", failure.getMessage());
        }
    }

    private void requireRoom(Owner owner, int max) {
        if (attachments.countOf(owner) >= max) {
            throw ProblemException.conflict("attachment.limit-reached", "This record has its " + max + " files already.");
        }
    }

    private static ProblemException notFound(Owner owner, UUID id) {
        return ProblemException.notFound("attachment.not-found", "No file " + id + " is attached to " + owner.id() + ".");
    }

    private static AttachmentView view(Owner owner, Attachment a) {
        StoredFile f = a.stored();
        return new AttachmentView(a.getId(), a.getKind(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getCreatedAt(),
                f.getCreatedBy(), owner.url() + "/" + a.getId(), f.etag());
    }
}
