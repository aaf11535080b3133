package th.go.cdd.cdvl.reporting.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.storage.StoredFile;

/**
 * A file of a document request: its template ({@code answerId} null) or one of an answer's files.
 * What it is and where its bytes live is its {@link StoredFile}.
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

    @Embedded
    private StoredFile stored;

    protected DocumentFile() {
    }

    DocumentFile(UUID id, UUID requestId, UUID answerId, StoredFile stored) {
        this.id = id;
        this.requestId = requestId;
        this.answerId = answerId;
        this.stored = stored;
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

    public StoredFile stored() {
        return stored;
    }

    public String getFileName() {
        return stored.getFileName();
    }

    public String getContentType() {
        return stored.getContentType();
    }

    public long getSizeBytes() {
        return stored.getSizeBytes();
    }

    public String getSha256() {
        return stored.getSha256();
    }

    public OffsetDateTime getCreatedAt() {
        return stored.getCreatedAt();
    }
}
