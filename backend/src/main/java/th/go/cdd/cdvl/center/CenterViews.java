package th.go.cdd.cdvl.center;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.PersonalData;

/** Centers, members and operating points as the API shows and accepts them. */
public final class CenterViews {

    static final String PHONE = "^[0-9+() -]{3,20}$";
    static final String NAME_RULE = "Personal data (PDPA): left out unless the caller is an officer of the area, a national role, a viewer of the area or an api-client with api-client-personal-data.";
    static final String CONTACT_RULE = "Personal data (PDPA): left out unless the caller is an officer of the area, a national role or an api-client with api-client-personal-data (never for viewers).";

    private CenterViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CenterView", requiredProperties = {"id", "subdistrictCode", "subdistrict", "district", "province", "name", "status", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"}, description = "A center (ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน) in a sub-district.")
    public record CenterView(
            UUID id,
            @Schema(examples = "520101") String subdistrictCode,
            AreaName subdistrict,
            AreaName district,
            AreaName province,
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ") String name,
            @Schema(description = "หมู่ที่ (village number)", examples = "3") Integer villageNo,
            @Schema(examples = "บ้านป่าขาม") String villageName,
            String address,
            @Schema(examples = "18.3041") BigDecimal latitude,
            @Schema(examples = "99.4977") BigDecimal longitude,
            LocalDate establishedOn,
            CenterStatus status,
            String statusReason,
            LocalDate statusChangedOn,
            @Schema(description = "Contact phone. " + CONTACT_RULE, examples = "054-123456", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.CONTACT)) String phone,
            String notes,
            @Schema(description = "Why this is a justified second active center in its sub-district") String exceptionReason,
            @Schema(description = "Version; the same value is the ETag", examples = "1") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "CenterRequest", description = "What a create or an update of a center sends. The sub-district cannot change after creation.")
    public record CenterRequest(
            @NotNull @Pattern(regexp = "^[0-9]{6}$", message = "must be a 6-digit sub-district code")
            @Schema(examples = "520101", required = true) String subdistrictCode,
            @NotBlank @Size(max = 200) @PlainText
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ", required = true) String name,
            @Min(1) @Max(200) @Schema(examples = "3") Integer villageNo,
            @Size(max = 200) @PlainText @Schema(examples = "บ้านป่าขาม") String villageName,
            @Size(max = 500) @PlainText(multiline = true) String address,
            @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "18.3041") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "99.4977") BigDecimal longitude,
            @Schema(examples = "2022-03-01") LocalDate establishedOn,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(examples = "054-123456") String phone,
            @Size(max = 2000) @PlainText(multiline = true) String notes,
            @Size(max = 500) @PlainText(multiline = true)
            @Schema(description = "Only to open a second active center in a sub-district that already has one: why it is justified.")
            String exceptionReason) {
    }

    @Schema(name = "CenterStatusRequest", description = "A status change; a reason is required to suspend or close.")
    public record StatusRequest(
            @NotNull CenterStatus status,
            @Size(max = 500) @PlainText(multiline = true) @Schema(examples = "คณะกรรมการหมดวาระ") String reason,
            @Schema(description = "When it took effect; today if absent", examples = "2025-01-15") LocalDate effectiveOn,
            @Size(max = 500) @PlainText(multiline = true)
            @Schema(description = "To re-activate where another center is active: why it is justified") String exceptionReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MemberView", requiredProperties = {"id", "centerId", "role", "active", "version", "createdAt", "updatedAt"}, description = "A committee member or volunteer leader of a center.")
    public record MemberView(
            UUID id,
            UUID centerId,
            @Schema(description = NAME_RULE, examples = "นางสมศรี มีสุข", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.NAME)) String fullName,
            MemberRole role,
            Gender gender,
            @Schema(description = CONTACT_RULE, examples = "081-234-5678", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.CONTACT)) String phone,
            LocalDate since,
            @Schema(examples = "การทำบัญชีครัวเรือน, ปลูกผักสวนครัว") String skills,
            boolean active,
            @Schema(description = "Set when the member's personal data was erased on request: the name is a placeholder and the phone is gone, and the member can no longer change") OffsetDateTime erasedAt,
            @Schema(examples = "1") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "MemberRequest", description = "A member to add or the new state of one. No national ID numbers are collected.")
    public record MemberRequest(
            @NotBlank @Size(max = 200) @PlainText @Schema(examples = "นางสมศรี มีสุข", required = true) String fullName,
            @NotNull @Schema(required = true) MemberRole role,
            Gender gender,
            @Pattern(regexp = PHONE, message = "must be a phone number") @Schema(examples = "081-234-5678") String phone,
            @Schema(examples = "2023-01-10") LocalDate since,
            @Size(max = 1000) @PlainText(multiline = true) String skills,
            @Schema(description = "Defaults to true") Boolean active) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OperatingPointView", requiredProperties = {"districtCode", "version"}, description = "จุดดำเนินการ: where a district runs the program from.")
    public record OperatingPointView(
            @Schema(examples = "5201") String districtCode,
            UUID centerId,
            @Schema(description = "Name of the center, when the point is a center") String centerName,
            String address,
            BigDecimal latitude,
            BigDecimal longitude,
            long version,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "OperatingPointRequest", description = "Either one of the district's centers, or an address (with an optional GPS point).")
    public record OperatingPointRequest(
            UUID centerId,
            @Size(max = 500) @PlainText(multiline = true) String address,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }
}
