package th.go.cdd.cdvl.reporting.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.reporting.report.Reviewed;

/**
 * One office's answer to a document request: its files and a note, submitted and reviewed as a
 * report is ({@link Reviewed}). The first save or file starts it; no row means not started.
 */
@Entity
@Table(name = "document_answer")
public class DocumentAnswer extends Reviewed {

    @Id
    private UUID id;

    @Column(name = "request_id")
    private UUID requestId;

    @Column(name = "office_code")
    private String officeCode;

    private String note;

    protected DocumentAnswer() {
    }

    DocumentAnswer(UUID requestId, String officeCode, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.officeCode = officeCode;
        started(now, actor);
    }

    void write(String note, OffsetDateTime now, String actor) {
        requireChangeable("edited");
        this.note = note;
        touch(now, actor);
    }

    void submit(boolean onTimeIfFirst, OffsetDateTime now, String actor) {
        submitted(onTimeIfFirst, now, actor);
    }

    @Override
    protected String stateProblemCode() {
        return "reporting.document-answer.state";
    }

    @Override
    protected String noun() {
        return "answer";
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public String getNote() {
        return note;
    }
}
