package th.go.cdd.cdvl.planning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A driving plan is a draft until the district confirms it. */
@Schema(name = "PlanState", description = "DRAFT ร่าง; CONFIRMED ยืนยันแล้ว (changes after it are kept in the plan's history)")
public enum PlanState {
    DRAFT, CONFIRMED
}
