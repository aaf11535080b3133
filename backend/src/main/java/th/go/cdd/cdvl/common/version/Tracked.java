package th.go.cdd.cdvl.common.version;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A record's optimistic-lock version, which {@link Versions} sends as its ETag, and the stamp of its
 * last change that the API shows, kept in one place so every editable record carries them alike.
 */
@MappedSuperclass
public abstract class Tracked {

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    /** Public because the services of each entity's own package stamp the changes they make. */
    public void touch(OffsetDateTime now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
