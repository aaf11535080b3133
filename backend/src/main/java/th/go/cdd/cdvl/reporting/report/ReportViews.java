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
            SUBMITTED_LATE ส่งล่าช้า; RETURNED ส่งกลับแก้ไข; ACCEPTED รับรองแล้ว; MISSING ไม่ส่งเมื่อพ้นกำหนด.""")
    public enum Standing {
        NOT_STARTED,
        DRAFT,
        SUBMITTED_ON_TIME,
        SUBMITTED_LATE,
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

    @Schema(name = "ProvinceReportView", requiredProperties = {"deadline", "province", "figures", "districts"},
            description = "A province's roll-up for a deadline: the province's figures and where each district's report stands.")
    public record ProvinceReportView(DeadlineRef deadline, AreaName province, ReportFigures figures,
            List<DistrictStanding> districts) {
    }
}
