package th.go.cdd.cdvl.reporting.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.Tracked;

/** An earlier internal deadline a province sets for its own districts. */
@Entity
@Table(name = "province_deadline")
public class ProvinceDeadline extends Tracked {

    @Embeddable
    public record Key(@Column(name = "deadline_id") UUID deadlineId, @Column(name = "province_code") String provinceCode)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected ProvinceDeadline() {
    }

    ProvinceDeadline(UUID deadlineId, String provinceCode) {
        this.key = new Key(deadlineId, provinceCode);
    }

    void move(LocalDate dueOn, OffsetDateTime now, String actor) {
        this.dueOn = dueOn;
        touch(now, actor);
    }

    public Key getKey() {
        return key;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
