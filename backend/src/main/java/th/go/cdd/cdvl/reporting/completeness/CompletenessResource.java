package th.go.cdd.cdvl.reporting.completeness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.reporting.report.ReportViews.CompletenessView;
import th.go.cdd.cdvl.reporting.report.ReportViews.MyDeadline;
import th.go.cdd.cdvl.security.Roles;

/** Who reported for which deadline, and what is due next for the caller's area. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "District reports for each deadline (draft → submitted → accepted, or returned → resubmitted), completeness and timeliness.")
public class CompletenessResource {

    private final CompletenessService completeness;

    public CompletenessResource(CompletenessService completeness) {
        this.completeness = completeness;
    }

    @GET
    @Path("/completeness")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getCompleteness", summary = "Who reported for each deadline of a fiscal year: provinces × deadlines for the nation, districts × deadlines for a province")
    @APIResponse(responseCode = "200", description = "The matrix")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public CompletenessView completeness(@QueryParam("areaCode") @Parameter(example = "52") String areaCode,
            @QueryParam("fiscalYear") @Parameter(example = "2568") Integer fiscalYear) {
        return completeness.completeness(areaCode, fiscalYear);
    }

    @GET
    @Path("/completeness/province-reports")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getProvinceReportCompleteness", summary = "Which provinces reported to the department for each quarterly deadline of a fiscal year: provinces × deadlines")
    @APIResponse(responseCode = "200", description = "The matrix (a province officer sees its own row)")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public CompletenessView provinceReports(@QueryParam("fiscalYear") @Parameter(example = "2568") Integer fiscalYear) {
        return completeness.provinceReports(fiscalYear);
    }

    @GET
    @Path("/my-deadlines")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER})
    @Operation(operationId = "listMyDeadlines", summary = "Deadlines around now for the caller's area, nearest first, with a countdown")
    @APIResponse(responseCode = "200", description = "The deadlines")
    public List<MyDeadline> myDeadlines() {
        return completeness.upcoming();
    }
}
