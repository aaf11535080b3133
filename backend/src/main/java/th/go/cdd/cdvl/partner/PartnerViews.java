package th.go.cdd.cdvl.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.PersonalData;

public final class PartnerViews {

    static final String PHONE = "^[0-9+() -]{3,20}$";
    static final String CONTACT_RULE = "Personal data (PDPA): left out unless the caller is an officer of the area, a national role or an api-client with api-client-personal-data (never for viewers); an officer of a district does not see the contacts of a partner of the whole province.";

    private PartnerViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnerView", requiredProperties = {"id", "name", "sector", "areaCode", "area", "active", "version"},
            description = "A partner organisation. Its contact person and phone are personal data (see the fields).")
    public record PartnerView(
            UUID id,
            @Schema(examples = "วัดพระธาตุลำปางหลวง") String name,
            Sector sector,
            @Schema(examples = "วัด") String kind,
            @Schema(description = CONTACT_RULE, examples = "พระครูสมุห์สมชาย", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.CONTACT)) String contactPerson,
            @Schema(description = CONTACT_RULE, examples = "054-111222", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.CONTACT)) String contactPhone,
            @Schema(description = "Province (2 digits) or district (4 digits) it works in", examples = "5201") String areaCode,
            AreaName area,
            @Schema(examples = "2024-11-20") LocalDate mouOn,
            boolean active,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "PartnerRequest", description = "A partner to add, or its new state.")
    public record PartnerRequest(
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "วัดพระธาตุลำปางหลวง") String name,
            @NotNull @Schema(required = true) Sector sector,
            @Size(max = 100) @PlainText @Schema(description = "e.g. temple, school, university, company, community enterprise, foundation, radio station", examples = "วัด") String kind,
            @Size(max = 200) @PlainText String contactPerson,
            @Pattern(regexp = PHONE, message = "must be a phone number") String contactPhone,
            @NotNull @Pattern(regexp = "^([0-9]{2}|[0-9]{4})$", message = "must be a 2-digit province or 4-digit district code")
            @Schema(required = true, examples = "5201") String areaCode,
            LocalDate mouOn,
            @Schema(description = "Defaults to true") Boolean active,
            @Schema(description = "Create anyway although a partner with a similar name exists in the province") Boolean acknowledgeDuplicates) {
    }

    @Schema(name = "SimilarPartner", requiredProperties = {"id", "name", "sector", "areaCode", "similarity"})
    public record SimilarPartner(UUID id, String name, Sector sector, String areaCode,
            @Schema(description = "1 = the same name once spaces and punctuation are ignored", examples = "0.92") double similarity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PartnerLinkView", requiredProperties = {"id", "partnerId", "partnerName", "sector", "centerId",
        "centerName", "fiscalYear", "supports", "version"},
            description = "A partner's support to a center in a fiscal year.")
    public record PartnerLinkView(
            UUID id,
            UUID partnerId,
            String partnerName,
            Sector sector,
            UUID centerId,
            String centerName,
            @Schema(examples = "520101") String subdistrictCode,
            @Schema(examples = "2568") int fiscalYear,
            Set<SupportKind> supports,
            @Schema(examples = "5000.00") BigDecimal budgetBaht,
            LocalDate startsOn,
            LocalDate endsOn,
            long version,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "PartnerLinkRequest", description = "A partner's support to a center: at least one kind; a budget amount only with BUDGET support.")
    public record PartnerLinkRequest(
            @NotNull @Schema(required = true) UUID partnerId,
            @NotNull @Min(2500) @Max(2700) @Schema(required = true, examples = "2568") Integer fiscalYear,
            @NotEmpty @Schema(required = true) Set<@NotNull SupportKind> supports,
            @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal budgetBaht,
            LocalDate startsOn,
            LocalDate endsOn) {
    }

    @Schema(name = "ActivityPartnersRequest", description = "The partners who took part in an activity (replaces the list).")
    public record ActivityPartnersRequest(@NotNull @Size(max = 50) @Schema(required = true) List<UUID> partnerIds) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SectorCoverageRow", requiredProperties = {"sectors", "sectorCount"})
    public record SectorCoverageRow(
            @Schema(description = "Set on province/district rows") AreaName area,
            @Schema(description = "Set on center rows") UUID centerId,
            String centerName,
            @Schema(description = "Sectors working with the center (center rows) or with any center of the area") Set<Sector> sectors,
            int sectorCount,
            @Schema(description = "Area rows: centers with fewer than minSectors sectors") Integer centersBelowMinimum,
            @Schema(description = "Area rows: active centers") Integer centers) {
    }

    @Schema(name = "SectorCoverageView", requiredProperties = {"fiscalYear", "minSectors", "area", "centers",
        "centersBelowMinimum", "partnersBySector", "budgetBySector", "centersBySector", "rows"},
            description = "Which of the 7 sectors work with the centers of an area in a fiscal year.")
    public record SectorCoverageView(
            @Schema(examples = "2568") int fiscalYear,
            @Schema(examples = "3") int minSectors,
            AreaName area,
            int centers,
            @Schema(description = "Centers working with fewer than minSectors sectors") int centersBelowMinimum,
            Map<Sector, Integer> partnersBySector,
            Map<Sector, BigDecimal> budgetBySector,
            @Schema(description = "Centers that work with each sector") Map<Sector, Integer> centersBySector,
            List<SectorCoverageRow> rows,
            @Schema(description = "For a district: its centers below the minimum") List<SectorCoverageRow> belowMinimum) {
    }

    /**
     * One district's partners in a fiscal year, sector by sector, as the operation report counts them:
     * partners linked to its active centers, their budget, and the centers each sector works with.
     */
    @Schema(name = "SectorFigures")
    public record SectorFigures(Map<Sector, Integer> partnersBySector, Map<Sector, BigDecimal> budgetBySector,
            Map<Sector, Integer> centersBySector) {
    }
}
