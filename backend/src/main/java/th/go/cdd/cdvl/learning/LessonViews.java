package th.go.cdd.cdvl.learning;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;

/** Lessons on the wire. None of their fields is personal data: partners are organisations, and no author is shown to the library. */
public final class LessonViews {

    private LessonViews() {
    }

    @Schema(name = "LessonRequest", description = "A lesson learned about a center of the caller's area.")
    public record LessonRequest(
            @NotNull @Schema(required = true) UUID centerId,
            @Min(2500) @Max(2700) @Schema(description = "Buddhist-era fiscal year; left out, the current one", examples = "2568") Integer fiscalYear,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "ปุ๋ยหมักจากเศษใบไม้ ลดรายจ่ายครัวเรือน") String title,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, description = "The problem (ปัญหา)") String problem,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, description = "What was done (สิ่งที่ทำ)") String actions,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, description = "The results, with numbers (ผลลัพธ์)") String results,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, description = "Success factors (ปัจจัยความสำเร็จ)") String successFactors,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, description = "Advice for others (ข้อแนะนำ)") String advice,
            @NotNull @Size(min = 1, max = 15) @Schema(required = true, description = "Missions and dimensions it concerns: activity types of the MISSION and DIMENSION categories")
            List<@NotNull ActivityType> topics,
            @Size(max = 50) @Schema(description = "Activities of the center that show it") List<@NotNull UUID> activityIds,
            @Size(max = 30) @Schema(description = "Partners involved, among those the caller may see") List<@NotNull UUID> partnerIds) {
    }

    @Schema(name = "LessonNoteRequest", description = "The province's comment when it returns a lesson, or its reason when it withdraws one.")
    public record NoteRequest(
            @NotBlank @Size(min = 3, max = 1000) @PlainText(multiline = true)
            @Schema(required = true, examples = "โปรดเพิ่มตัวเลขผลลัพธ์ เช่น จำนวนครัวเรือนที่เข้าร่วม") String note) {
    }

    @Schema(name = "LessonPartnerView", requiredProperties = {"partnerId", "name"},
            description = "A partner involved, with its name as it was when the lesson was written")
    public record PartnerRef(UUID partnerId, @Schema(examples = "โรงเรียนบ้านป่าขาม") String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LessonView", requiredProperties = {"id", "centerId", "subdistrictCode", "fiscalYear", "state", "title", "problem",
            "actions", "results", "successFactors", "advice", "topics", "activityIds", "partners", "photos", "version", "updatedAt"},
            description = "A lesson learned; its ETag is its version. The library's answers leave out who wrote and changed it.")
    public record LessonView(
            UUID id,
            UUID centerId,
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ") String centerName,
            @Schema(examples = "520101") String subdistrictCode,
            AreaName subdistrict,
            AreaName district,
            AreaName province,
            @Schema(examples = "2568") int fiscalYear,
            LessonState state,
            String title,
            String problem,
            String actions,
            String results,
            String successFactors,
            String advice,
            List<ActivityType> topics,
            List<UUID> activityIds,
            List<PartnerRef> partners,
            @Schema(description = "The province's comment (RETURNED) or reason (WITHDRAWN)") String reviewNote,
            OffsetDateTime submittedAt,
            OffsetDateTime publishedAt,
            @Schema(description = "JPEG or PNG photos, oldest first; the first is the cover") List<AttachmentView> photos,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LessonSummary", requiredProperties = {"id", "centerId", "subdistrictCode", "fiscalYear", "state", "title", "topics",
            "version", "updatedAt"}, description = "A lesson in a list or the library's card grid.")
    public record LessonSummary(
            UUID id,
            UUID centerId,
            String centerName,
            String subdistrictCode,
            AreaName district,
            AreaName province,
            int fiscalYear,
            LessonState state,
            String title,
            @Schema(description = "The first lines of the results") String excerpt,
            List<ActivityType> topics,
            @Schema(description = "The cover photo (the first), if any") AttachmentView cover,
            OffsetDateTime publishedAt,
            long version,
            OffsetDateTime updatedAt) {
    }
}
