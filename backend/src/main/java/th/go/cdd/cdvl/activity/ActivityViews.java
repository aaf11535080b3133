package th.go.cdd.cdvl.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.validation.PlainText;

public final class ActivityViews {

    private ActivityViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ActivityView", requiredProperties = {"id", "centerId", "subdistrictCode", "title", "heldOn", "category",
        "type", "participants", "fiscalYear", "quarter", "outsideOperationPeriod", "photoCount", "version", "warnings"},
            description = "An activity a center held.")
    public record ActivityView(
            UUID id,
            UUID centerId,
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ") String centerName,
            @Schema(examples = "520101") String subdistrictCode,
            @Schema(examples = "ปลูกผักสวนครัวรั้วกินได้") String title,
            @Schema(examples = "2024-12-05") LocalDate heldOn,
            ActivityCategory category,
            ActivityType type,
            @Schema(description = "For NATIONAL_DAY: the day", examples = "วันพ่อแห่งชาติ ๕ ธันวาคม") String nationalDay,
            String description,
            String outcomes,
            Participants participants,
            @Schema(examples = "3500.00") BigDecimal budgetBaht,
            @Schema(examples = "งบประมาณกรมการพัฒนาชุมชน") String budgetSource,
            BigDecimal latitude,
            BigDecimal longitude,
            @Schema(examples = "2568") int fiscalYear,
            @Schema(examples = "1") int quarter,
            @Schema(description = "Held outside the fiscal year's operation period") boolean outsideOperationPeriod,
            int photoCount,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy,
            @Schema(description = "Set when the activity was voided: it is then in no list or count, and cannot change") Voided voided,
            @Schema(description = "Things worth a second look; the activity was saved anyway") List<Warning> warnings) {
    }

    @Schema(name = "ActivityVoided", requiredProperties = {"at", "by", "reason"}, description = "Who voided an activity, when and why.")
    public record Voided(
            @Schema(examples = "2024-12-20T10:15:00+07:00") OffsetDateTime at,
            @Schema(examples = "demo.district5201") String by,
            @Schema(examples = "บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม") String reason) {
    }

    @Schema(name = "ActivityVoidRequest", description = "Why the activity is voided: a duplicate, or recorded by mistake.")
    public record VoidRequest(
            @NotBlank @Size(min = 3, max = 500) @PlainText(multiline = true)
            @Schema(required = true, examples = "บันทึกซ้ำกับกิจกรรมวันที่ 5 ธันวาคม") String reason) {
    }

    @Schema(name = "Warning", requiredProperties = {"code", "message"})
    public record Warning(
            @Schema(examples = "activity.date.outside-operation-period") String code,
            @Schema(examples = "Held outside the operation period of FY2568 (2024-11-15 to 2025-09-15).") String message) {
    }

    @Schema(name = "ActivityRequest", description = "An activity to record, or its new state.")
    public record ActivityRequest(
            @NotNull @Schema(required = true) UUID centerId,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "ปลูกผักสวนครัวรั้วกินได้") String title,
            @NotNull @Schema(required = true, examples = "2024-12-05") LocalDate heldOn,
            @NotNull @Schema(required = true) ActivityType type,
            @Size(max = 200) @PlainText @Schema(description = "Required for NATIONAL_DAY types") String nationalDay,
            @Size(max = 4000) @PlainText(multiline = true) String description,
            @Size(max = 4000) @PlainText(multiline = true) String outcomes,
            @Valid Participants participants,
            @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            @Schema(examples = "3500.00") BigDecimal budgetBaht,
            @Size(max = 200) @PlainText String budgetSource,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    /** How many activities of a type a center held in a quarter (not a contract schema: a service's answer). */
    public record Held(UUID centerId, int quarter, ActivityType type, int activities) {
    }
}
