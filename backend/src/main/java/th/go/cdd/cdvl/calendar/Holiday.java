package th.go.cdd.cdvl.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.go.cdd.cdvl.common.version.Tracked;

/** A government-office holiday (วันหยุดราชการ); the Cabinet adds and moves them, so it is data. */
@Entity
public class Holiday extends Tracked {

    public enum Kind {
        PUBLIC,
        SUBSTITUTION,
        SPECIAL
    }

    @Id
    @Column(name = "holiday_on")
    private LocalDate day;

    @Column(name = "name_th")
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected Holiday() {
    }

    Holiday(LocalDate day) {
        this.day = day;
    }

    void describe(String nameTh, String nameEn, Kind kind, OffsetDateTime now, String actor) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.kind = kind;
        touch(now, actor);
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Kind getKind() {
        return kind;
    }
}
