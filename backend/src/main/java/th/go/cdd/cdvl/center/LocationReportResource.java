package th.go.cdd.cdvl.center;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Tag(name = "Center location report", description = "แบบรายงานศูนย์ผู้นำจิตอาสาพัฒนาชุมชน (enclosure 3): each sub-district's center or 'no center', and each district's operating point.")
@RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
public class LocationReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LocationReportService reports;

    public LocationReportResource(LocationReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/center-location-report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCenterLocationReport", summary = "The location report of a district, a province or the nation")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public LocationReportView report(@QueryParam("areaCode") @Parameter(description = "Province or district code; the caller's own area if absent", example = "52") String areaCode) {
        return reports.report(reports.area(areaCode));
    }

    @GET
    @Path("/center-location-report.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportCenterLocationReport", summary = "The location report as an Excel workbook (streamed)")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response export(@QueryParam("areaCode") @Parameter(description = "Province or district code; the caller's own area if absent", example = "52") String areaCode) {
        AreaResolver.Area area = reports.area(areaCode);
        StreamingOutput body = out -> reports.writeXlsx(area, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"center-locations-" + (area.isNational() ? "national" : area.code()) + ".xlsx\"")
                .build();
    }
}
