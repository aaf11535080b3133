package th.go.cdd.cdvl.reporting.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/**
 * A request for documents from a set of offices by a due date: what the letter's Google Drive
 * folder was for. See {@link DocumentTargets} for who is asked and who reviews.
 */
@Entity
@Table(name = "document_request")
public class DocumentRequest extends CreatedAndTracked {

    /** Which offices answer: district offices or provincial offices. */
    public enum Level {
        DISTRICT,
        PROVINCE
    }

    @Id
    private UUID id;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    private String title;

    private String instructions;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    private Level targetLevel;

    /** For DISTRICT: the province whose districts are asked, "" for every district; "" for PROVINCE. */
    @Column(name = "target_area")
    private String targetArea;

    /** "" the department asked; a province code: that provincial office asked. */
    @Column(name = "owner_area")
    private String ownerArea;

    /** Where the summary after the due date goes; never shown by the API. */
    @Column(name = "requester_email")
    private String requesterEmail;

    protected DocumentRequest() {
    }

    DocumentRequest(int fiscalYear, String title, String instructions, LocalDate dueOn, Level targetLevel,
            String targetArea, String ownerArea, String requesterEmail, OffsetDateTime now, String actor) {
        this.requesterEmail = requesterEmail;
        this.id = UUID.randomUUID();
        this.fiscalYear = fiscalYear;
        this.targetLevel = targetLevel;
        this.targetArea = targetArea;
        this.ownerArea = ownerArea;
        change(title, instructions, dueOn);
        created(now, actor);
    }

    void change(String title, String instructions, LocalDate dueOn) {
        this.title = title;
        this.instructions = instructions;
        this.dueOn = dueOn;
    }

    public UUID getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    public String getTargetArea() {
        return targetArea;
    }

    public String getOwnerArea() {
        return ownerArea;
    }

    public String getRequesterEmail() {
        return requesterEmail;
    }
}
