package th.go.cdd.cdvl.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.Prefer;
import th.go.cdd.cdvl.reporting.report.ReportViews.DistrictReportView;
import th.go.cdd.cdvl.reporting.report.ReportViews.NarrativeRequest;
import th.go.cdd.cdvl.reporting.report.ReportViews.ReasonRequest;
import th.go.cdd.cdvl.reporting.report.ReportViews.ReviewRequest;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "District reports for each deadline (draft → submitted → accepted, or returned → resubmitted), completeness and timeliness.")
public class ReportResource {

    private static final String REPORT = "/deadlines/{deadlineId}/reports/{districtCode}";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DistrictReportService reports;

    public ReportResource(DistrictReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path(REPORT)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getDistrictReport", summary = "A district's report for a deadline, with figures prefilled from the data")
    @APIResponse(responseCode = "200", description = "The report (standing NOT_STARTED if nobody began it)")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<DistrictReportView> get(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") @Parameter(example = "5201") String districtCode) {
        DistrictReportView report = reports.get(deadlineId, districtCode);
        return Versions.ok(report, report.version());
    }

    @GET
    @Path(REPORT + ".xlsx")
    @Produces(XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "exportDistrictReport", summary = "The district report as the official form (Excel)")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response exportDistrict(@PathParam("deadlineId") UUID deadlineId, @PathParam("districtCode") String districtCode) {
        DistrictReportView report = reports.get(deadlineId, districtCode);
        StreamingOutput body = out -> reports.writeXlsx(report, out);
        return attachment(body, "operation-report-" + districtCode + ".xlsx");
    }

    static Response attachment(StreamingOutput body, String filename) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    @PUT
    @Path(REPORT)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "writeDistrictReport", summary = "Save the narrative of a draft or returned report; If-Match once it exists")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "204", description = "Saved, for Prefer: return=minimal; the ETag is the new version")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DistrictReportView> write(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") String districtCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Prefer.HEADER) @Parameter(description = "return=minimal: answer 204 with the new ETag, without the report")
            String prefer, @Valid @NotNull NarrativeRequest request) {
        boolean minimal = Prefer.returnMinimal(prefer);
        DistrictReportView report = reports.write(deadlineId, districtCode, ifMatch, request, !minimal);
        return minimal ? Versions.minimal(report.version()) : Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/submit")
    @RolesAllowed({Roles.ADMIN, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "submitDistrictReport", summary = "Submit the report to the province; If-Match required",
            description = "The figures are frozen; the first submission is judged on time or late against the date in force.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DistrictReportView> submit(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") String districtCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DistrictReportView report = reports.submit(deadlineId, districtCode, ifMatch);
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "returnDistrictReport", summary = "Return a submitted report to the district with a comment")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DistrictReportView> returnForChanges(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") String districtCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        DistrictReportView report = reports.returnForChanges(deadlineId, districtCode, ifMatch, request.comment());
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "acceptDistrictReport", summary = "Accept a submitted report; it is locked afterwards")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DistrictReportView> accept(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") String districtCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ReviewRequest request) {
        DistrictReportView report = reports.accept(deadlineId, districtCode, ifMatch, request == null ? null : request.comment());
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "reopenDistrictReport", summary = "Reopen an accepted report for a correction, with a reason (audited)")
    @APIResponse(responseCode = "200", description = "Reopened (RETURNED)")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DistrictReportView> reopen(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("districtCode") String districtCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        DistrictReportView report = reports.reopen(deadlineId, districtCode, ifMatch, request.reason());
        return Versions.ok(report, report.version());
    }
}
