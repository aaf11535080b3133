package th.go.cdd.cdvl.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.planning.PlanViews.PlanSummary;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanSummaryResource {

    private final PlanService plans;

    public PlanSummaryResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getPlanSummary", summary = "For an area: the share of active centers with a plan and of planned lines done, per area one level down",
            description = "Without areaCode, the caller's own area; without fiscalYear, this one.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PlanSummary summary(@QueryParam("areaCode") @Parameter(example = "52") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear) {
        return plans.summary(areaCode, fiscalYear);
    }
}
