package th.go.cdd.cdvl.center;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = """
        CHAIR ประธาน / committee chair; VICE_CHAIR รองประธาน / vice-chair; SECRETARY เลขานุการ / secretary;
        TREASURER เหรัญญิก / treasurer; COMMITTEE_MEMBER กรรมการ / committee member;
        VOLUNTEER_LEADER ผู้นำจิตอาสา / volunteer leader.""")
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    TREASURER,
    COMMITTEE_MEMBER,
    VOLUNTEER_LEADER
}
