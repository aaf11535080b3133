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
import th.go.cdd.cdvl.security.PersonalData;

/**
 * Members of a center, reached only through a center the caller may see. Members are never
 * deleted: one who leaves is marked inactive, so past reports keep their people. Their names and
 * phones are personal data: shown as {@link PersonalData} allows, and erased on request by
 * {@link #erase}.
 */
@ApplicationScoped
public class MemberService {

    static final String AUDIT_TYPE = "CENTER_MEMBER";

    private final CenterService centers;
    private final MemberRepository members;
    private final CenterMapper mapper;
    private final AuditService audit;
    private final PersonalData personal;
    private final Clock clock;

    public MemberService(CenterService centers, MemberRepository members, CenterMapper mapper, AuditService audit,
            PersonalData personal, Clock clock) {
        this.centers = centers;
        this.members = members;
        this.mapper = mapper;
        this.audit = audit;
        this.personal = personal;
        this.clock = clock;
    }

    public List<MemberView> list(UUID centerId) {
        Center center = centers.visible(centerId);
        return members.ofCenter(centerId).stream().map(m -> shown(m, center)).toList();
    }

    public MemberView get(UUID centerId, UUID memberId) {
        Center center = centers.visible(centerId);
        return shown(member(centerId, memberId), center);
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
        return shown(member, center);
    }

    @Transactional
    public MemberView update(UUID centerId, UUID memberId, String ifMatch, MemberRequest request) {
        Center center = centers.visible(centerId);
        CenterMember member = changeable(centerId, memberId);
        Versions.requireCurrent(ifMatch, member.getVersion());
        MemberView before = mapper.view(member);
        describe(member, request);
        members.flush();
        MemberView after = mapper.view(member);
        audit.record(AUDIT_TYPE, memberId, centerId, center.getSubdistrictCode(), "UPDATE", before, after);
        return shown(member, center);
    }

    /**
     * Erases a member's personal data on their request (PDPA right to erasure): the name is replaced,
     * phone removed, and the row stays so counts of members and roles do not change. The
     * member's earlier audit snapshots lose those fields too, and the erasure is recorded without
     * the erased values. Only officers of the area and national roles may erase.
     */
    @Transactional
    public MemberView erase(UUID centerId, UUID memberId, String ifMatch) {
        Center center = centers.visible(centerId);
        CenterMember member = changeable(centerId, memberId);
        Versions.requireCurrent(ifMatch, member.getVersion());
        member.erase(OffsetDateTime.now(clock));
        members.flush();
        MemberView after = mapper.view(member);
        audit.recordErasure(AUDIT_TYPE, memberId, centerId, center.getSubdistrictCode(), after);
        return shown(member, center);
    }

    private MemberView shown(CenterMember member, Center center) {
        return personal.shown(mapper.view(member), center.getSubdistrictCode());
    }

    private CenterMember changeable(UUID centerId, UUID memberId) {
        CenterMember member = member(centerId, memberId);
        if (member.isErased()) {
            throw ProblemException.conflict("center.member.erased",
                    "This member's personal data was erased on request; add them again if they return.");
        }
        return member;
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
