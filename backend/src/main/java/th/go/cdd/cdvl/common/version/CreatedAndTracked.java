package th.go.cdd.cdvl.common.version;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** A {@link Tracked} record that also keeps who created it and when. */
@MappedSuperclass
public abstract class CreatedAndTracked extends Tracked {

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    /** Stamps creation, which is also the first change. */
    protected void created(OffsetDateTime now, String actor) {
        this.createdAt = now;
        this.createdBy = actor;
        touch(now, actor);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
