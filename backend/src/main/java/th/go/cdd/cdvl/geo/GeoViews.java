package th.go.cdd.cdvl.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The geography as the API shows it. */
public final class GeoViews {

    private GeoViews() {
    }

    @Schema(name = "ProvinceView", requiredProperties = {"code", "nameTh", "nameEn", "districtCount", "subdistrictCount"}, description = "A province (จังหวัด) with the number of its districts and sub-districts.")
    public record ProvinceView(
            @Schema(examples = "52") String code,
            @Schema(examples = "ลำปาง") String nameTh,
            @Schema(examples = "Lampang") String nameEn,
            @Schema(examples = "13") long districtCount,
            @Schema(examples = "100") long subdistrictCount) {
    }

    @Schema(name = "DistrictView", requiredProperties = {"code", "provinceCode", "nameTh", "nameEn", "subdistrictCount"}, description = "A district (อำเภอ; เขต in Bangkok) with the number of its sub-districts.")
    public record DistrictView(
            @Schema(examples = "5201") String code,
            @Schema(examples = "52") String provinceCode,
            @Schema(examples = "เมืองลำปาง") String nameTh,
            @Schema(examples = "Mueang Lampang") String nameEn,
            @Schema(examples = "19") long subdistrictCount) {
    }

    @Schema(name = "SubdistrictView", requiredProperties = {"code", "districtCode", "provinceCode", "nameTh", "nameEn"}, description = "A sub-district (ตำบล; แขวง in Bangkok). Latitude and longitude are an approximate representative point (WGS84), absent for some.")
    public record SubdistrictView(
            @Schema(examples = "520101") String code,
            @Schema(examples = "5201") String districtCode,
            @Schema(examples = "52") String provinceCode,
            @Schema(examples = "เวียงเหนือ") String nameTh,
            @Schema(examples = "Wiang Nuea") String nameEn,
            @Schema(examples = "52000") String postalCode,
            @Schema(examples = "18.304") BigDecimal latitude,
            @Schema(examples = "99.497") BigDecimal longitude) {

        static SubdistrictView of(Subdistrict s) {
            return new SubdistrictView(s.getCode(), s.getDistrictCode(), s.getProvinceCode(), s.getNameTh(),
                    s.getNameEn(), s.getPostalCode(), s.getLatitude(), s.getLongitude());
        }
    }

    @Schema(name = "AreaName", requiredProperties = {"code", "nameTh", "nameEn"}, description = "Code and names of a province or district.")
    public record AreaName(
            @Schema(examples = "52") String code,
            @Schema(examples = "ลำปาง") String nameTh,
            @Schema(examples = "Lampang") String nameEn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GeoAreaView", requiredProperties = {"level", "code", "nameTh", "nameEn"}, description = "Any geocode looked up: its level, names and the areas it lies in.")
    public record GeoAreaView(
            @Schema(examples = "SUBDISTRICT") GeoLevel level,
            @Schema(examples = "520101") String code,
            @Schema(examples = "เวียงเหนือ") String nameTh,
            @Schema(examples = "Wiang Nuea") String nameEn,
            @Schema(description = "The province it lies in; absent for a province.") AreaName province,
            @Schema(description = "The district it lies in; absent for a province or district.") AreaName district) {
    }

    @Schema(description = "Level of a geocode: PROVINCE จังหวัด (2 digits), DISTRICT อำเภอ (4 digits), SUBDISTRICT ตำบล (6 digits).")
    public enum GeoLevel {
        PROVINCE,
        DISTRICT,
        SUBDISTRICT
    }
}
