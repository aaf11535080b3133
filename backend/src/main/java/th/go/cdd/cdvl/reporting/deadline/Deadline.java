package th.go.cdd.cdvl.reporting.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import th.go.cdd.cdvl.common.version.Tracked;

/** When districts must report to their province: four quarterly reports a year, and one-off reports. */
@Entity
public class Deadline extends Tracked {

    public enum Kind {
        QUARTERLY_REPORT,
        LOCATION_REPORT
    }

    @Id
    private UUID id;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Integer quarter;

    @Column(name = "title_th")
    private String titleTh;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    /** When provinces owe the department their report of this deadline; null until the department says. */
    @Column(name = "province_report_due_on")
    private LocalDate provinceReportDueOn;

    protected Deadline() {
    }

    static Deadline quarterly(int fiscalYear, int quarter, LocalDate dueOn, OffsetDateTime now, String actor) {
        Deadline d = new Deadline();
        d.id = UUID.randomUUID();
        d.fiscalYear = fiscalYear;
        d.kind = Kind.QUARTERLY_REPORT;
        d.quarter = quarter;
        d.titleTh = "รายงานผลการดำเนินงาน ไตรมาส " + quarter + "/" + fiscalYear;
        d.titleEn = "Operation report Q" + quarter + " FY" + fiscalYear;
        d.move(dueOn, now, actor);
        return d;
    }

    /** The center location report (enclosure 3) of a fiscal year: one a year, answered by every district. */
    static Deadline locationReport(int fiscalYear, LocalDate dueOn, OffsetDateTime now, String actor) {
        Deadline d = new Deadline();
        d.id = UUID.randomUUID();
        d.fiscalYear = fiscalYear;
        d.kind = Kind.LOCATION_REPORT;
        d.titleTh = "รายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (สิ่งที่ส่งมาด้วย ๓) ปีงบประมาณ " + fiscalYear;
        d.titleEn = "Center location report (enclosure 3) FY" + fiscalYear;
        d.move(dueOn, now, actor);
        return d;
    }

    void move(LocalDate dueOn, OffsetDateTime now, String actor) {
        this.dueOn = dueOn;
        touch(now, actor);
    }

    void setProvinceReportDue(LocalDate dueOn, OffsetDateTime now, String actor) {
        this.provinceReportDueOn = dueOn;
        touch(now, actor);
    }

    public UUID getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public String getTitleTh() {
        return titleTh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getProvinceReportDueOn() {
        return provinceReportDueOn;
    }
}
