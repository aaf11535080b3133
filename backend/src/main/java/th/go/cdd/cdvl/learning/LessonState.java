package th.go.cdd.cdvl.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a lesson is in its review ({@link LessonReview}). */
@Schema(description = "DRAFT ฉบับร่าง: being written; SUBMITTED ส่งจังหวัดแล้ว: with the province; RETURNED ส่งกลับแก้ไข: "
        + "returned with a comment, editable again; PUBLISHED เผยแพร่แล้ว: in the library; WITHDRAWN ถอนการเผยแพร่: taken "
        + "out of the library by the province, with a reason.")
public enum LessonState {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN
}
