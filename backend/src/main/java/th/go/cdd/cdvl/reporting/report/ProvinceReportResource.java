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
import th.go.cdd.cdvl.reporting.report.ReportViews.NarrativeRequest;
import th.go.cdd.cdvl.reporting.report.ReportViews.ProvinceReportList;
import th.go.cdd.cdvl.reporting.report.ReportViews.ProvinceReportView;
import th.go.cdd.cdvl.reporting.report.ReportViews.ReasonRequest;
import th.go.cdd.cdvl.reporting.report.ReportViews.ReviewRequest;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Province reports", description = "A province's quarterly report to the department, prefilled from its districts (draft → submitted → accepted, or returned → resubmitted).")
public class ProvinceReportResource {

    private static final String REPORT = "/deadlines/{deadlineId}/provinces/{provinceCode}/report";

    private final ProvinceReportService reports;

    public ProvinceReportResource(ProvinceReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/deadlines/{deadlineId}/province-reports")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listProvinceReports", summary = "Where each province's report of a deadline stands: the department's queue")
    @APIResponse(responseCode = "200", description = "The provinces in the caller's area")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public ProvinceReportList list(@PathParam("deadlineId") UUID deadlineId) {
        return reports.list(deadlineId);
    }

    @GET
    @Path(REPORT)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getProvinceReport", summary = "A province's report for a deadline, prefilled from its districts")
    @APIResponse(responseCode = "200", description = "The report (standing NOT_STARTED if nobody began it)")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<ProvinceReportView> get(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") @Parameter(example = "52") String provinceCode) {
        ProvinceReportView report = reports.get(deadlineId, provinceCode);
        return Versions.ok(report, report.version());
    }

    @GET
    @Path(REPORT + ".xlsx")
    @Produces(ReportResource.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "exportProvinceReport", summary = "The province report as the official form (Excel)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response export(@PathParam("deadlineId") UUID deadlineId, @PathParam("provinceCode") String provinceCode) {
        ProvinceReportView report = reports.get(deadlineId, provinceCode);
        StreamingOutput body = out -> reports.writeXlsx(report, out);
        return ReportResource.attachment(body, "operation-report-province-" + provinceCode + ".xlsx");
    }

    @PUT
    @Path(REPORT)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "writeProvinceReport", summary = "Save the narrative of a draft or returned province report; If-Match once it exists")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "204", description = "Saved, for Prefer: return=minimal; the ETag is the new version")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ProvinceReportView> write(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") String provinceCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Prefer.HEADER) @Parameter(description = "return=minimal: answer 204 with the new ETag, without the report")
            String prefer, @Valid @NotNull NarrativeRequest request) {
        boolean minimal = Prefer.returnMinimal(prefer);
        ProvinceReportView report = reports.write(deadlineId, provinceCode, ifMatch, request, !minimal);
        return minimal ? Versions.minimal(report.version()) : Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/submit")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "submitProvinceReport", summary = "Submit the province report to the department; If-Match required",
            description = "The figures and the districts' table are frozen; the first submission is judged on time or late "
                    + "once the department has set the provinces' date.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ProvinceReportView> submit(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") String provinceCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProvinceReportView report = reports.submit(deadlineId, provinceCode, ifMatch);
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "returnProvinceReport", summary = "Return a submitted province report with a comment")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ProvinceReportView> returnForChanges(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") String provinceCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        ProvinceReportView report = reports.returnForChanges(deadlineId, provinceCode, ifMatch, request.comment());
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "acceptProvinceReport", summary = "Accept a submitted province report; it is locked afterwards")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ProvinceReportView> accept(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") String provinceCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ReviewRequest request) {
        ProvinceReportView report = reports.accept(deadlineId, provinceCode, ifMatch, request == null ? null : request.comment());
        return Versions.ok(report, report.version());
    }

    @POST
    @Path(REPORT + "/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "reopenProvinceReport", summary = "Reopen an accepted province report for a correction, with a reason (audited)")
    @APIResponse(responseCode = "200", description = "Reopened (RETURNED)")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ProvinceReportView> reopen(@PathParam("deadlineId") UUID deadlineId,
            @PathParam("provinceCode") String provinceCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        ProvinceReportView report = reports.reopen(deadlineId, provinceCode, ifMatch, request.reason());
        return Versions.ok(report, report.version());
    }
}
