package th.go.cdd.cdvl.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.Tracked;

/** จุดดำเนินการ: where a district runs the program from, one of its centers or its own address. */
@Entity
@Table(name = "operating_point")
public class OperatingPoint extends Tracked {

    @Id
    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "center_id")
    private UUID centerId;

    private String address;

    private BigDecimal latitude;

    private BigDecimal longitude;

    protected OperatingPoint() {
    }

    OperatingPoint(String districtCode) {
        this.districtCode = districtCode;
    }

    void place(UUID centerId, String address, BigDecimal latitude, BigDecimal longitude, OffsetDateTime now,
            String actor) {
        this.centerId = centerId;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        touch(now, actor);
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public UUID getCenterId() {
        return centerId;
    }

    public String getAddress() {
        return address;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }
}
