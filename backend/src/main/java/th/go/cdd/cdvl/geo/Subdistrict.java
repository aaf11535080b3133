package th.go.cdd.cdvl.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** ตำบล (or แขวง in Bangkok), with its postal code and an approximate representative point. */
@Entity
public class Subdistrict {

    @Id
    private String code;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "name_th")
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "postal_code")
    private String postalCode;

    private BigDecimal latitude;

    private BigDecimal longitude;

    public String getCode() {
        return code;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
