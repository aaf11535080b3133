package th.go.cdd.cdvl.common.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A file attached to a record of a feature ({@link Attachments}); what it is is its {@link StoredFile}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "owner_type")
    private String ownerType;

    @Column(name = "owner_id")
    private UUID ownerId;

    private String kind;

    @Embedded
    private StoredFile stored;

    protected Attachment() {
    }

    Attachment(UUID id, Attachments.Owner owner, String kind, StoredFile stored) {
        this.id = id;
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.kind = kind;
        this.stored = stored;
    }

    public UUID getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public StoredFile stored() {
        return stored;
    }
}
