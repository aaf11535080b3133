package th.go.cdd.cdvl.reporting.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "DRAFT ร่าง; SUBMITTED ส่งแล้ว; RETURNED ส่งกลับให้แก้ไข (with a comment); ACCEPTED รับรองแล้ว (locked).")
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
