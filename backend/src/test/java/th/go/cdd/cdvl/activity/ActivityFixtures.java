package th.go.cdd.cdvl.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.center.CenterFixtures;

/**
 * Activities written straight to the database, so a test can set up data outside its own
 * identity's area. Centers come from {@link CenterFixtures}.
 */
@ApplicationScoped
public class ActivityFixtures {

    private final ActivityRepository activities;
    private final CenterFixtures centers;

    public ActivityFixtures(ActivityRepository activities, CenterFixtures centers) {
        this.activities = activities;
        this.centers = centers;
    }

    public UUID center(String subdistrictCode, String name) {
        return centers.center(subdistrictCode, name);
    }

    @Transactional
    public UUID activity(UUID centerId, String subdistrictCode, ActivityType type, LocalDate heldOn) {
        Activity activity = new Activity(centerId, subdistrictCode, null, OffsetDateTime.now(), "fixture");
        activity.describe("กิจกรรมทดสอบ " + type, heldOn, type,
                type.category() == ActivityCategory.NATIONAL_DAY ? "วันพ่อแห่งชาติ" : null, null, null,
                new Participants(1, 2, 3, 0, 1), null, null, null, null, false);
        activities.persist(activity);
        return activity.getId();
    }

    /** A center with one activity, in one call: for tests that only need "an activity over there". */
    public UUID activityIn(String subdistrictCode) {
        UUID center = center(subdistrictCode, "ศูนย์กิจกรรม " + subdistrictCode);
        return activity(center, subdistrictCode, ActivityType.HEALTH, LocalDate.of(2024, 12, 5));
    }
}
