package th.go.cdd.cdvl.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import th.go.cdd.cdvl.activity.ActivityType;

/** One planned activity: its quarter, type, a short title, the participants expected and a partner if any. */
@Embeddable
public record PlanLine(
        int position,
        int quarter,
        @Enumerated(EnumType.STRING) @Column(name = "activity_type") ActivityType type,
        String title,
        @Column(name = "expected_participants") Integer expectedParticipants,
        @Column(name = "partner_id") UUID partnerId) {
}
