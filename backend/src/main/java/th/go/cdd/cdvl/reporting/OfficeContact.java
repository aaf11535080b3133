package th.go.cdd.cdvl.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The official e-mail address of a provincial or district CD office, where reminders go. */
@Entity
@Table(name = "office_contact")
public class OfficeContact {

    @Id
    @Column(name = "area_code")
    private String areaCode;

    private String email;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected OfficeContact() {
    }

    OfficeContact(String areaCode) {
        this.areaCode = areaCode;
    }

    void setEmail(String email, OffsetDateTime now, String actor) {
        this.email = email;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getEmail() {
        return email;
    }

    public long getVersion() {
        return version;
    }
}
