package th.go.cdd.cdvl.center;

import th.go.cdd.cdvl.common.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.center.CenterViews.MemberRequest;
import th.go.cdd.cdvl.center.CenterViews.MemberView;
import th.go.cdd.cdvl.common.audit.AuditService;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.common.version.Versions;

/**
 * Members of a center, reached only through a center the caller may see. Members are never
 * deleted: one who leaves is marked inactive, so past reports keep their people.
 */
@ApplicationScoped
public class MemberService {

    static final String AUDIT_TYPE = "CENTER_MEMBER";

    private final CenterService centers;
    private final MemberRepository members;
    private final CenterMapper mapper;
    private final AuditService audit;
    private final Clock clock;

    public MemberService(CenterService centers, MemberRepository members, CenterMapper mapper, AuditService audit,
            Clock clock) {
        this.centers = centers;
        this.members = members;
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MemberView> list(UUID centerId) {
        centers.visible(centerId);
        return members.ofCenter(centerId).stream().map(mapper::view).toList();
    }

    public MemberView get(UUID centerId, UUID memberId) {
        centers.visible(centerId);
        return mapper.view(member(centerId, memberId));
    }

    @Transactional
    public MemberView add(UUID centerId, MemberRequest request) {
        Center center = centers.visible(centerId);
        CenterMember member = new CenterMember(centerId, OffsetDateTime.now(clock));
        describe(member, request);
        members.persist(member);
        members.flush();
        MemberView added = mapper.view(member);
        audit.record(AUDIT_TYPE, member.getId(), centerId, center.getSubdistrictCode(), "CREATE", null, added);
        return added;
    }

    @Transactional
    public MemberView update(UUID centerId, UUID memberId, String ifMatch, MemberRequest request) {
        Center center = centers.visible(centerId);
        CenterMember member = member(centerId, memberId);
        Versions.requireCurrent(ifMatch, member.getVersion());
        MemberView before = mapper.view(member);
        describe(member, request);
        members.flush();
        MemberView after = mapper.view(member);
        audit.record(AUDIT_TYPE, memberId, centerId, center.getSubdistrictCode(), "UPDATE", before, after);
        return after;
    }

    private CenterMember member(UUID centerId, UUID memberId) {
        return members.ofCenter(centerId, memberId).orElseThrow(() -> ProblemException.notFound("center.member.not-found",
                "No member " + memberId + " in this center."));
    }

    private void describe(CenterMember member, MemberRequest r) {
        member.describe(r.fullName().trim(), r.role(), r.gender(), Texts.blankToNull(r.phone()), r.since(),
                Texts.blankToNull(r.skills()), r.active() == null || r.active(), OffsetDateTime.now(clock));
    }
}
