package th.go.cdd.cdvl.reporting.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.common.version.Tracked;

/** The official e-mail address of a provincial or district CD office, where reminders go. */
@Entity
@Table(name = "office_contact")
public class OfficeContact extends Tracked {

    @Id
    @Column(name = "area_code")
    private String areaCode;

    private String email;

    protected OfficeContact() {
    }

    OfficeContact(String areaCode) {
        this.areaCode = areaCode;
    }

    void setEmail(String email, OffsetDateTime now, String actor) {
        this.email = email;
        touch(now, actor);
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getEmail() {
        return email;
    }
}
