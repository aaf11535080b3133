package th.go.cdd.cdvl.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.activity.ComplianceViews.ComplianceView;
import th.go.cdd.cdvl.activity.ComplianceViews.CoverageView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance", description = "At least one activity per center per quarter, and which activity types were covered.")
@RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
public class ComplianceResource {

    private final ComplianceService compliance;

    public ComplianceResource(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GET
    @Path("/compliance")
    @Operation(operationId = "getCompliance", summary = "Compliance of an area for a fiscal year or one quarter, with drill-down rows")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public ComplianceView compliance(
            @QueryParam("areaCode") @Parameter(description = "Province or district code; the caller's own area if absent", example = "52") String areaCode,
            @QueryParam("fiscalYear") @Parameter(description = "Buddhist-era fiscal year; the current one if absent", example = "2568") Integer fiscalYear,
            @QueryParam("quarter") @Parameter(description = "1 to 4; the whole year if absent", example = "1") Integer quarter) {
        return compliance.compliance(areaCode, fiscalYear, Filters.quarter(quarter));
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverage", summary = "Coverage matrix of activity types for a fiscal year, with drill-down rows")
    @APIResponse(responseCode = "200", description = "The matrix")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public CoverageView coverage(
            @QueryParam("areaCode") @Parameter(description = "Province or district code; the caller's own area if absent", example = "52") String areaCode,
            @QueryParam("fiscalYear") @Parameter(description = "Buddhist-era fiscal year; the current one if absent", example = "2568") Integer fiscalYear) {
        return compliance.coverage(areaCode, fiscalYear);
    }
}
