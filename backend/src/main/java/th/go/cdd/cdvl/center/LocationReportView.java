package th.go.cdd.cdvl.center;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (enclosure 3 of the letter): where every sub-district's center is. */
@Schema(name = "LocationReportView", requiredProperties = {"areaNameTh", "areaNameEn", "generatedAt", "totals", "districts"}, description = "The center location report of an area: each sub-district with its centers, or flagged as having none, and each district's operating point.")
public record LocationReportView(
        @Schema(description = "Geocode of the area; absent for the nation", examples = "52") String areaCode,
        @Schema(examples = "ลำปาง") String areaNameTh,
        @Schema(examples = "Lampang") String areaNameEn,
        OffsetDateTime generatedAt,
        Totals totals,
        List<District> districts) {

    @Schema(name = "LocationReportTotals", requiredProperties = {"subdistricts", "subdistrictsWithCenter", "subdistrictsWithoutCenter", "centers"})
    public record Totals(
            @Schema(examples = "100") int subdistricts,
            @Schema(examples = "97") int subdistrictsWithCenter,
            @Schema(examples = "3") int subdistrictsWithoutCenter,
            @Schema(examples = "98") int centers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LocationReportDistrict", requiredProperties = {"code", "nameTh", "nameEn", "totals", "subdistricts"})
    public record District(String code, String nameTh, String nameEn, OperatingPoint operatingPoint,
            Totals totals, List<Subdistrict> subdistricts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LocationReportOperatingPoint", description = "จุดดำเนินการ: a center of the district, or an address")
    public record OperatingPoint(UUID centerId, String centerName, String address, BigDecimal latitude,
            BigDecimal longitude) {
    }

    @Schema(name = "LocationReportSubdistrict", requiredProperties = {"code", "nameTh", "nameEn", "hasCenter", "centers"})
    public record Subdistrict(String code, String nameTh, String nameEn,
            @Schema(description = "False flags a sub-district with no center (ยังไม่มีศูนย์)") boolean hasCenter,
            List<Center> centers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LocationReportCenter", requiredProperties = {"id", "name", "status", "operatingPoint"})
    public record Center(UUID id, String name, Integer villageNo, String villageName, BigDecimal latitude,
            BigDecimal longitude, CenterStatus status, boolean operatingPoint) {
    }
}
