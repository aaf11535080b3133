package th.go.cdd.cdvl.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.activity.Participants;
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.validation.PlainText;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.security.PersonalData;

public final class MeetingViews {

    static final String NAME_RULE = "Personal data (PDPA): names; left out for callers outside the meeting's area and for api-clients without api-client-personal-data.";

    private MeetingViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MeetingView", requiredProperties = {"id", "fiscalYear", "level", "areaCode", "heldOn", "place", "title", "agenda",
            "attendees", "attendeeTotal", "resolutions", "openResolutions", "files", "version", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            description = "A meeting of the driving mechanism with its resolutions; its ETag is its version.")
    public record MeetingView(
            UUID id,
            @Schema(description = "The fiscal year of the date held", examples = "2568") int fiscalYear,
            MeetingLevel level,
            @Schema(description = "'' the nation, a province, a district, or the center's sub-district", examples = "5201") String areaCode,
            @Schema(description = "The province or district; absent for the nation and for a center (see center)") AreaName area,
            @Schema(description = "The center, for a center meeting") UUID centerId,
            @Schema(examples = "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนตำบลเวียงเหนือ") String centerName,
            @Schema(examples = "2024-11-05") LocalDate heldOn,
            @Schema(examples = "ห้องประชุมที่ว่าการอำเภอเมืองลำปาง") String place,
            @Schema(examples = "ประชุมคณะทำงานขับเคลื่อนศูนย์ผู้นำจิตอาสา ครั้งที่ 1/2568") String title,
            String agenda,
            Participants attendees,
            @Schema(examples = "24") int attendeeTotal,
            @Schema(description = "One name a line. " + NAME_RULE, extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.NAME)) String attendeeNames,
            List<ResolutionView> resolutions,
            @Schema(description = "Resolutions not yet done", examples = "2") int openResolutions,
            @Schema(description = "Minutes and photos, oldest first") List<AttachmentView> files,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ResolutionView", requiredProperties = {"id", "position", "text", "done", "overdue"})
    public record ResolutionView(
            UUID id,
            @Schema(description = "Its number in the minutes, from 1", examples = "1") int position,
            @Schema(examples = "ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2 ให้แล้วเสร็จ") String text,
            @Schema(description = "Who carries it out: a person or an office. " + NAME_RULE, examples = "พัฒนาการอำเภอเมืองลำปาง", extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.NAME)) String assignee,
            @Schema(examples = "2024-12-31") LocalDate dueOn,
            boolean done,
            LocalDate doneOn,
            String doneNote,
            @Schema(description = "Not done and past its due date") boolean overdue) {
    }

    @Schema(name = "MeetingSummary", requiredProperties = {"id", "fiscalYear", "level", "areaCode", "heldOn", "title", "place",
            "attendeeTotal", "resolutionCount", "openResolutions", "version"}, description = "A meeting in a list, without names.")
    public record MeetingSummary(
            UUID id,
            int fiscalYear,
            MeetingLevel level,
            String areaCode,
            AreaName area,
            UUID centerId,
            String centerName,
            LocalDate heldOn,
            String title,
            String place,
            int attendeeTotal,
            int resolutionCount,
            int openResolutions,
            long version) {
    }

    @Schema(name = "MeetingRequest", description = "A meeting to record, or its new minutes. The fiscal year follows heldOn.")
    public record MeetingRequest(
            @NotNull @Schema(required = true) MeetingLevel level,
            @Pattern(regexp = "^([0-9]{2}|[0-9]{4})?$") @Schema(description = "The province (PROVINCE) or district (DISTRICT); none for NATIONAL and CENTER", examples = "5201") String areaCode,
            @Schema(description = "The center, for a CENTER meeting") UUID centerId,
            @NotNull @Schema(required = true, examples = "2024-11-05") LocalDate heldOn,
            @NotBlank @Size(max = 300) @PlainText @Schema(required = true, examples = "ห้องประชุมที่ว่าการอำเภอเมืองลำปาง") String place,
            @NotBlank @Size(max = 200) @PlainText @Schema(required = true, examples = "ประชุมคณะทำงานขับเคลื่อนศูนย์ผู้นำจิตอาสา ครั้งที่ 1/2568") String title,
            @NotBlank @Size(max = 4000) @PlainText(multiline = true) @Schema(required = true, examples = "1. เรื่องแจ้งเพื่อทราบ 2. แผนขับเคลื่อนไตรมาส 2") String agenda,
            @NotNull @Valid @Schema(required = true) Participants attendees,
            @Size(max = 8000) @PlainText(multiline = true) @Schema(description = "One name a line") String attendeeNames,
            @NotNull @Size(max = 50) @Valid @Schema(required = true) List<@NotNull @Valid ResolutionRequest> resolutions) {
    }

    @Schema(name = "ResolutionRequest", description = "A resolution as the minutes state it; an id keeps an existing one (and whether it is done).")
    public record ResolutionRequest(
            UUID id,
            @NotBlank @Size(max = 1000) @PlainText @Schema(required = true, examples = "ทุกศูนย์จัดทำแผนขับเคลื่อนไตรมาส 2 ให้แล้วเสร็จ") String text,
            @Size(max = 200) @PlainText @Schema(examples = "พัฒนาการอำเภอเมืองลำปาง") String assignee,
            @Schema(examples = "2024-12-31") LocalDate dueOn) {
    }

    @Schema(name = "ResolutionDoneRequest", description = "Mark a resolution done (on a date, today if none), or open again.")
    public record ResolutionDoneRequest(
            @NotNull @Schema(required = true) Boolean done,
            @Schema(description = "When it was done; today if absent", examples = "2024-12-20") LocalDate doneOn,
            @Size(max = 1000) @PlainText @Schema(examples = "ทุกศูนย์ส่งแผนแล้ว") String note) {
    }

    @Schema(name = "OpenResolution", requiredProperties = {"id", "meetingId", "meetingTitle", "heldOn", "level", "areaCode", "position", "text", "overdue"},
            description = "A resolution not yet done: the follow-up of the next meeting in its area.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenResolution(
            UUID id,
            UUID meetingId,
            String meetingTitle,
            LocalDate heldOn,
            MeetingLevel level,
            String areaCode,
            AreaName area,
            String centerName,
            int position,
            String text,
            @Schema(description = NAME_RULE, extensions = @Extension(name = PersonalData.EXTENSION, value = PersonalData.NAME)) String assignee,
            LocalDate dueOn,
            boolean overdue) {
    }
}
