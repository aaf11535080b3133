package th.go.cdd.cdvl.reporting.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file of a document request: its template ({@code answerId} null) or one of an answer's files.
 * The bytes live in {@link th.go.cdd.cdvl.common.storage.FileStorage} under {@code storageKey}; a
 * file never changes, so its SHA-256 is its ETag.
 */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    private UUID id;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "answer_id")
    private UUID answerId;

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

    protected DocumentFile() {
    }

    DocumentFile(UUID id, UUID requestId, UUID answerId, String fileName, DocumentTypes.Type type, long sizeBytes,
            String sha256, String storageKey, OffsetDateTime now, String actor) {
        this.id = id;
        this.requestId = requestId;
        this.answerId = answerId;
        this.fileName = fileName;
        this.contentType = type.mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** An answer's file is received before its answer may exist (the first file starts it). */
    void attachTo(UUID answerId) {
        this.answerId = answerId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public UUID getAnswerId() {
        return answerId;
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
