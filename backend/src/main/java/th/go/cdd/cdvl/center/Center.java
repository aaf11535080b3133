package th.go.cdd.cdvl.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน: a center in a sub-district. Never deleted; closing is a status. */
@Entity
public class Center extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "subdistrict_code")
    private String subdistrictCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "province_code")
    private String provinceCode;

    private String name;

    @Column(name = "village_no")
    private Integer villageNo;

    @Column(name = "village_name")
    private String villageName;

    private String address;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Enumerated(EnumType.STRING)
    private CenterStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn;

    private String phone;

    private String notes;

    @Column(name = "exception_reason")
    private String exceptionReason;

    protected Center() {
    }

    Center(String subdistrictCode, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.subdistrictCode = subdistrictCode;
        this.districtCode = subdistrictCode.substring(0, 4);
        this.provinceCode = subdistrictCode.substring(0, 2);
        this.status = CenterStatus.ACTIVE;
        created(now, actor);
    }

    void describe(String name, Integer villageNo, String villageName, String address, BigDecimal latitude,
            BigDecimal longitude, LocalDate establishedOn, String phone, String notes) {
        this.name = name;
        this.villageNo = villageNo;
        this.villageName = villageName;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.establishedOn = establishedOn;
        this.phone = phone;
        this.notes = notes;
    }

    /**
     * The sub-district is part of a center's identity: moving it means closing and opening another.
     *
     * <p>A change into or out of {@link CenterStatus#ACTIVE} fires the database trigger
     * {@code center_status_tally} (migration {@code V202611252200__activity_tallies.sql}) when the
     * update is flushed: it adds this center's {@code center_tally} rows to its district's
     * {@code district_tally}, or takes them out, so compliance and coverage count active centers only.
     */
    void changeStatus(CenterStatus status, String reason, LocalDate on) {
        this.status = status;
        this.statusReason = reason;
        this.statusChangedOn = on;
    }

    void justifyException(String reason) {
        this.exceptionReason = reason;
    }

    public UUID getId() {
        return id;
    }

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public Integer getVillageNo() {
        return villageNo;
    }

    public String getVillageName() {
        return villageName;
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

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public CenterStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public String getPhone() {
        return phone;
    }

    public String getNotes() {
        return notes;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }
}
