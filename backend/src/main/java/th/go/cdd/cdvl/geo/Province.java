package th.go.cdd.cdvl.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** จังหวัด. Reference data owned by the geo migrations. */
@Entity
public class Province {

    @Id
    private String code;

    @Column(name = "name_th")
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }
}
