package th.go.cdd.cdvl.common.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/**
 * What the database keeps of an uploaded file whose bytes live in {@link FileStorage} under
 * {@code storageKey}: the name it is offered under, its type, size and SHA-256, and who sent it
 * when. A stored file never changes, so its SHA-256 is its ETag. Embedded in each feature's own
 * row (a document request's file, a meeting's minutes, a visit's photo), so each keeps its own
 * foreign key and area.
 */
@Embeddable
public class StoredFile {

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected StoredFile() {
    }

    StoredFile(String fileName, FileTypes.Type type, long sizeBytes, String sha256, String storageKey, OffsetDateTime now,
            String actor) {
        this.fileName = fileName;
        this.contentType = type.mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** The quoted ETag of the bytes, as a view shows it and an If-Match names it. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }

    public String getStorageKey() {
        return storageKey;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
