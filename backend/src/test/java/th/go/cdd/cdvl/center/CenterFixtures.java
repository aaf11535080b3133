package th.go.cdd.cdvl.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Test data written straight to the database, bypassing the API's caller, so a test can set up
 * records outside its own identity's area. Fixture centers are marked as justified exceptions so
 * they never collide with the one-active-center rule that other tests exercise.
 */
@ApplicationScoped
public class CenterFixtures {

    private final CenterRepository centers;
    private final MemberRepository members;

    public CenterFixtures(CenterRepository centers, MemberRepository members) {
        this.centers = centers;
        this.members = members;
    }

    @Transactional
    public UUID center(String subdistrictCode, String name) {
        Center center = new Center(subdistrictCode, OffsetDateTime.now(), "fixture");
        center.describe(name, 1, "บ้านทดสอบ", null, null, null, null, "054-000000", null);
        center.justifyException("test fixture");
        centers.persist(center);
        return center.getId();
    }

    @Transactional
    public UUID member(UUID centerId, String fullName, String phone) {
        CenterMember member = new CenterMember(centerId, OffsetDateTime.now());
        member.describe(fullName, MemberRole.VOLUNTEER_LEADER, Gender.FEMALE, phone, null, null, true, OffsetDateTime.now());
        members.persist(member);
        return member.getId();
    }
}
