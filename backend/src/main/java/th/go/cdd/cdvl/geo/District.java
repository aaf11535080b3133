package th.go.cdd.cdvl.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** อำเภอ (or เขต in Bangkok). Reference data owned by the geo migrations. */
@Entity
public class District {

    @Id
    private String code;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "name_th")
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    public String getCode() {
        return code;
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
}
