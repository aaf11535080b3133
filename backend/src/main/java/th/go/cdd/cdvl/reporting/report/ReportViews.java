package th.go.cdd.cdvl.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DueDates;

public final class ReportViews {

    private ReportViews() {
    }

    @Schema(description = """
            Where a district stands for a deadline: NOT_STARTED ยังไม่เริ่ม; DRAFT ร่าง; SUBMITTED_ON_TIME ส่งตรงเวลา;
            SUBMITTED_LATE ส่งล่าช้า; SUBMITTED ส่งแล้ว (no due date yet to judge it by: a province report before the
            department sets its date); RETURNED ส่งกลับแก้ไข; ACCEPTED รับรองแล้ว; MISSING ไม่ส่งเมื่อพ้นกำหนด.""")
    public enum Standing {
        NOT_STARTED,
        DRAFT,
        SUBMITTED_ON_TIME,
        SUBMITTED_LATE,
        SUBMITTED,
        RETURNED,
        ACCEPTED,
        MISSING
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DeadlineRef", requiredProperties = {"id", "kind", "fiscalYear", "titleTh", "titleEn", "dueOn", "nationalDueOn"})
    public record DeadlineRef(UUID id, Deadline.Kind kind, int fiscalYear, Integer quarter, String titleTh, String titleEn,
            @Schema(description = "The date in force for this district (its province's, if earlier)") LocalDate dueOn,
            LocalDate nationalDueOn) {

        /** The deadline as a district or province sees it: {@code dueInForce} from {@link DueDates}. */
        public static DeadlineRef of(Deadline d, LocalDate dueInForce) {
            return new DeadlineRef(d.getId(), d.getKind(), d.getFiscalYear(), d.getQuarter(), d.getTitleTh(), d.getTitleEn(),
                    dueInForce, d.getDueOn());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DistrictReportView", requiredProperties = {"deadline", "districtCode", "district", "standing", "figures", "version"},
            description = "A district's report for a deadline: narrative fields, figures (live while it can be edited, frozen when submitted) and its review.")
    public record DistrictReportView(
            UUID id,
            DeadlineRef deadline,
            @Schema(examples = "5201") String districtCode,
            AreaName district,
            AreaName province,
            @Schema(description = "Absent while not started") ReportState state,
            Standing standing,
            @Schema(description = "ผลการดำเนินงาน") String results,
            @Schema(description = "ปัญหาอุปสรรค") String problems,
            @Schema(description = "ข้อเสนอแนะ") String suggestions,
            @Schema(description = "แนวทางปฏิบัติที่ดี") String goodPractice,
            @Schema(description = "Live while the report can be edited, frozen when it is submitted")
            ReportFigures figures,
            OffsetDateTime submittedAt,
            String submittedBy,
            Boolean onTime,
            OffsetDateTime lastSubmittedAt,
            OffsetDateTime reviewedAt,
            String reviewedBy,
            String reviewComment,
            @Schema(description = "0 while not started") long version,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "ReportNarrativeRequest", description = "The narrative parts of a report (ผลการดำเนินงาน, ปัญหาอุปสรรค, ข้อเสนอแนะ, แนวทางปฏิบัติที่ดี).")
    public record NarrativeRequest(
            @Size(max = 8000) @PlainText(multiline = true) String results,
            @Size(max = 8000) @PlainText(multiline = true) String problems,
            @Size(max = 8000) @PlainText(multiline = true) String suggestions,
            @Size(max = 8000) @PlainText(multiline = true) String goodPractice) {
    }

    @Schema(name = "ReviewRequest", description = "A review comment; required to return or reopen a report.")
    public record ReviewRequest(@Size(max = 2000) @PlainText(multiline = true) @Schema(examples = "กรุณาเพิ่มผลการดำเนินงานภารกิจที่ ๓") String comment) {
    }

    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@NotBlank @Size(max = 2000) @PlainText(multiline = true) @Schema(required = true) String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CompletenessCell", requiredProperties = {"deadlineId"})
    public record Cell(
            UUID deadlineId,
            @Schema(description = "District rows: the district's standing") Standing standing,
            @Schema(description = "Province rows and totals: districts per standing") Map<Standing, Integer> counts,
            @Schema(description = "Share of districts that submitted (incl. returned and accepted), 0 to 1") Double submittedRate,
            @Schema(description = "Share of districts that submitted on time, 0 to 1") Double onTimeRate) {
    }

    @Schema(name = "CompletenessRow", requiredProperties = {"area", "cells"})
    public record Row(AreaName area, List<Cell> cells) {
    }

    @Schema(name = "CompletenessView", requiredProperties = {"fiscalYear", "area", "deadlines", "rows", "totals"},
            description = "Who reported, on time or late: provinces × deadlines for the nation, districts × deadlines for a province.")
    public record CompletenessView(int fiscalYear, AreaName area, List<DeadlineRef> deadlines, List<Row> rows, List<Cell> totals,
            OffsetDateTime asOf) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MyDeadlineView", requiredProperties = {"deadline", "daysLeft"},
            description = "A deadline coming up for the caller, with a countdown.")
    public record MyDeadline(DeadlineRef deadline,
            @Schema(description = "Whole days until the due day (0 = today; negative = past)", examples = "7") long daysLeft,
            @Schema(description = "District officers: where their report stands") Standing standing,
            @Schema(description = "Province and national callers: districts per standing") Map<Standing, Integer> counts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DistrictStandingView", requiredProperties = {"district", "standing"})
    public record DistrictStanding(AreaName district, Standing standing, OffsetDateTime submittedAt, Boolean onTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProvinceReportView", requiredProperties = {"deadline", "provinceCode", "province", "standing", "figures",
        "districts", "narratives", "version"},
            description = """
                    A province's quarterly report to the department for a deadline: its districts' figures summed (each
                    district's as it reported them once submitted, as its data stands before), where each district's
                    report stands, the narrative, and the department's review. Figures and districts are live while the
                    report can be edited and frozen when it is submitted. For a location-report deadline it is the
                    province's roll-up only: no state, and it cannot be written.""")
    public record ProvinceReportView(
            UUID id,
            @Schema(description = "The districts' deadline; dueOn is the date in force for the province's districts") DeadlineRef deadline,
            @Schema(description = "When the province owes the department this report; absent until the department sets it")
            LocalDate dueOn,
            @Schema(examples = "52") String provinceCode,
            AreaName province,
            @Schema(description = "Absent while not started") ReportState state,
            @Schema(description = "SUBMITTED when no due date judges it on time or late") Standing standing,
            @Schema(description = "ผลการดำเนินงาน") String results,
            @Schema(description = "ปัญหาอุปสรรค") String problems,
            @Schema(description = "ข้อเสนอแนะ") String suggestions,
            @Schema(description = "แนวทางปฏิบัติที่ดี") String goodPractice,
            @Schema(description = "The districts' figures summed") ReportFigures figures,
            @Schema(description = "Each district of the province and where its report stands") List<DistrictStanding> districts,
            @Schema(description = "The narratives of the districts' submitted reports, to quote from") List<DistrictNarrative> narratives,
            OffsetDateTime submittedAt,
            String submittedBy,
            @Schema(description = "Absent while there is no due date to judge by") Boolean onTime,
            OffsetDateTime lastSubmittedAt,
            OffsetDateTime reviewedAt,
            String reviewedBy,
            String reviewComment,
            @Schema(description = "0 while not started") long version,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DistrictNarrativeView", requiredProperties = {"district"},
            description = "A district's narrative as it submitted it, for the province to quote.")
    public record DistrictNarrative(AreaName district, String results, String problems, String suggestions, String goodPractice) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProvinceStandingView", requiredProperties = {"province", "standing", "version"},
            description = "Where a province's report to the department stands, for the department's queue.")
    public record ProvinceStanding(AreaName province, @Schema(description = "Absent while not started") ReportState state,
            Standing standing, OffsetDateTime submittedAt, Boolean onTime, long version) {
    }

    @Schema(name = "ProvinceReportListView", requiredProperties = {"deadline", "provinces"},
            description = "The provinces' reports of a deadline: all 76 for the department, its own for a province.")
    public record ProvinceReportList(DeadlineRef deadline, @Schema(description = "Absent until the department sets it") LocalDate dueOn,
            List<ProvinceStanding> provinces) {
    }

    @Schema(name = "NationalReportView", requiredProperties = {"deadline", "totals", "districtReports", "provinceReports", "provinces", "asOf"},
            description = """
                    The department's roll-up of a quarterly deadline: each province with the figures of the report it
                    submitted (once with the department or accepted) or else its districts summed as its own report
                    prefills them, the nation's totals as the sum of those, and the timeliness of district and province
                    reports. A caller limited to a province sees its own row only.""")
    public record NationalReport(
            DeadlineRef deadline,
            @Schema(description = "When provinces owe the department their report; absent until the department sets it")
            LocalDate provinceReportDueOn,
            @Schema(description = "The provinces' figures summed") ReportFigures.Quarterly totals,
            @Schema(description = "District reports per standing, all provinces") Map<Standing, Integer> districtReports,
            @Schema(description = "Share of districts whose first submission was on time, 0 to 1") Double districtsOnTimeRate,
            @Schema(description = "Province reports per standing") Map<Standing, Integer> provinceReports,
            List<NationalProvinceRow> provinces,
            OffsetDateTime asOf) {
    }

    @Schema(name = "NationalReportProvinceRow", requiredProperties = {"province", "figures", "asSubmitted", "provinceReport", "districtReports"})
    public record NationalProvinceRow(
            AreaName province,
            ReportFigures.Quarterly figures,
            @Schema(description = "true: the figures are those of the province's submitted report; false: its districts summed now")
            boolean asSubmitted,
            @Schema(description = "Where the province's own report stands") Standing provinceReport,
            @Schema(description = "The province's district reports per standing") Map<Standing, Integer> districtReports) {
    }

    @Schema(name = "NationalYearFigures", requiredProperties = {"complianceByQuarter", "activities", "partnersBySector", "budgetBySector"},
            description = "A fiscal year's figures: compliance quarter by quarter, the year's activities (the quarters summed), "
                    + "and the year's partners as the latest quarter counts them (partners are linked per fiscal year, so quarters are not added).")
    public record YearFigures(
            @Schema(description = "Q1 to Q4, in order; a quarter not due yet counts as it stands") List<th.go.cdd.cdvl.activity.ComplianceViews.Figures> complianceByQuarter,
            th.go.cdd.cdvl.activity.ActivitySummary activities,
            Map<th.go.cdd.cdvl.partner.Sector, Integer> partnersBySector,
            Map<th.go.cdd.cdvl.partner.Sector, java.math.BigDecimal> budgetBySector) {

        static YearFigures of(List<ReportFigures.Quarterly> quarters) {
            th.go.cdd.cdvl.activity.ActivitySummary held = th.go.cdd.cdvl.activity.ActivitySummary.none();
            for (ReportFigures.Quarterly q : quarters) {
                held = held.plus(q.activities());
            }
            ReportFigures.Quarterly last = quarters.get(quarters.size() - 1);
            return new YearFigures(quarters.stream().map(ReportFigures.Quarterly::compliance).toList(), held,
                    last.partnersBySector(), last.budgetBySector());
        }
    }

    @Schema(name = "NationalYearProvinceRow", requiredProperties = {"province", "figures", "provinceReports", "districtReports"})
    public record NationalYearRow(
            AreaName province,
            YearFigures figures,
            @Schema(description = "Where the province's report of each quarter stands, Q1 to Q4") List<Standing> provinceReports,
            @Schema(description = "The province's district reports of the four quarters, per standing") Map<Standing, Integer> districtReports) {
    }

    @Schema(name = "NationalYearReportView", requiredProperties = {"fiscalYear", "deadlines", "totals", "provinces", "districtReports",
        "provinceReports", "asOf"},
            description = "The department's roll-up of a fiscal year: its four quarterly roll-ups, province by province.")
    public record NationalYearReport(
            int fiscalYear,
            @Schema(description = "The four quarterly deadlines, Q1 to Q4") List<DeadlineRef> deadlines,
            YearFigures totals,
            List<NationalYearRow> provinces,
            @Schema(description = "District reports of the four quarters per standing") Map<Standing, Integer> districtReports,
            @Schema(description = "Province reports of the four quarters per standing") Map<Standing, Integer> provinceReports,
            OffsetDateTime asOf) {
    }
}
