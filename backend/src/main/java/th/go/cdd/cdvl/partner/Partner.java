package th.go.cdd.cdvl.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** An organisation of one of the 7 sectors that supports centers in a province or district. */
@Entity
public class Partner extends CreatedAndTracked {

    @Id
    private UUID id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String kind;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "area_code")
    private String areaCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "mou_on")
    private LocalDate mouOn;

    private boolean active;

    protected Partner() {
    }

    Partner(OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        created(now, actor);
    }

    void describe(String name, Sector sector, String kind, String contactPerson, String contactPhone, String areaCode,
            LocalDate mouOn, boolean active) {
        this.name = name;
        this.nameKey = PartnerNames.key(name);
        this.sector = sector;
        this.kind = kind;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.areaCode = areaCode;
        this.provinceCode = areaCode.substring(0, 2);
        this.mouOn = mouOn;
        this.active = active;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /**
     * The name's duplicate-check key; rows loaded without one (the demo data: PostgreSQL's regular
     * expressions cannot drop Thai marks the way {@link PartnerNames#key} does) get it from the name.
     */
    public String getNameKey() {
        return nameKey == null || nameKey.isEmpty() ? PartnerNames.key(name) : nameKey;
    }

    public Sector getSector() {
        return sector;
    }

    public String getKind() {
        return kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public LocalDate getMouOn() {
        return mouOn;
    }

    public boolean isActive() {
        return active;
    }
}
