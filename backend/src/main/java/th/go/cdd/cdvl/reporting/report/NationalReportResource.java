package th.go.cdd.cdvl.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.reporting.report.ReportViews.NationalReport;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Province reports")
public class NationalReportResource {

    private static final String REPORT = "/deadlines/{deadlineId}/national-report";

    private final NationalReportService reports;

    public NationalReportResource(NationalReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/fiscal-years/{year}/national-report")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getNationalYearReport", summary = "The department's roll-up of a fiscal year: its four quarters, province by province")
    @APIResponse(responseCode = "200", description = "The roll-up (a caller limited to a province sees its own row)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public ReportViews.NationalYearReport year(@PathParam("year") @Parameter(example = "2568") int year) {
        return reports.year(year);
    }

    @GET
    @Path("/fiscal-years/{year}/national-report.xlsx")
    @Produces(ReportResource.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "exportNationalYearReport", summary = "The fiscal year's roll-up as a workbook (Excel)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response exportYear(@PathParam("year") @Parameter(example = "2568") int year) {
        ReportViews.NationalYearReport report = reports.year(year);
        StreamingOutput body = out -> reports.writeXlsx(report, out);
        return ReportResource.attachment(body, "operation-report-national-" + year + ".xlsx");
    }

    @GET
    @Path(REPORT)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getNationalReport", summary = "The department's roll-up of a quarterly deadline: 76 provinces, their figures and the reports' timeliness")
    @APIResponse(responseCode = "200", description = "The roll-up (a caller limited to a province sees its own row)")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    public NationalReport get(@PathParam("deadlineId") UUID deadlineId) {
        return reports.report(deadlineId);
    }

    @GET
    @Path(REPORT + ".xlsx")
    @Produces(ReportResource.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "exportNationalReport", summary = "The department's roll-up as a workbook (Excel): the nation, the provinces, activities by type")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    public Response export(@PathParam("deadlineId") UUID deadlineId) {
        NationalReport report = reports.report(deadlineId);
        StreamingOutput body = out -> reports.writeXlsx(report, out);
        return ReportResource.attachment(body, "operation-report-national-" + report.deadline().fiscalYear() + "-q"
                + report.deadline().quarter() + ".xlsx");
    }
}
