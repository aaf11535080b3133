package th.go.cdd.cdvl.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A partner involved in a lesson, with its name as it was when the lesson was written. */
@Embeddable
public class LessonPartner {

    @Column(name = "partner_id")
    private UUID partnerId;

    private String name;

    protected LessonPartner() {
    }

    LessonPartner(UUID partnerId, String name) {
        this.partnerId = partnerId;
        this.name = name;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LessonPartner p && p.partnerId.equals(partnerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerId);
    }
}
