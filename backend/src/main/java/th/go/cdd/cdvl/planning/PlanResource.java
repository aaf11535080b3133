package th.go.cdd.cdvl.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.planning.PlanViews.PlanRequest;
import th.go.cdd.cdvl.planning.PlanViews.PlanView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/centers/{centerId}/plans/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Driving plans of centers and plan against actual (แผนขับเคลื่อน, guideline step 2).")
public class PlanResource {

    private final PlanService plans;

    public PlanResource(PlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getPlan", summary = "A center's driving plan for the year, each line with what was done of it; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<PlanView> get(@PathParam("centerId") UUID centerId, @PathParam("year") @Min(2500) @Max(2700) int year) {
        PlanView plan = plans.get(centerId, year);
        return Versions.ok(plan, plan.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "putPlan", summary = "Make or change a center's plan for the year: the first without If-Match, a change with the plan's ETag",
            description = "A confirmed plan stays confirmed; its history keeps what it said before.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<PlanView> put(@PathParam("centerId") UUID centerId, @PathParam("year") @Min(2500) @Max(2700) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanRequest request) {
        PlanView plan = plans.put(centerId, year, ifMatch, request);
        return Versions.ok(plan, plan.version());
    }

    @POST
    @Path("/confirm")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "confirmPlan", summary = "Confirm a draft plan; If-Match required")
    @APIResponse(responseCode = "200", description = "The confirmed plan")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<PlanView> confirm(@PathParam("centerId") UUID centerId, @PathParam("year") @Min(2500) @Max(2700) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanView plan = plans.confirm(centerId, year, ifMatch);
        return Versions.ok(plan, plan.version());
    }

    @POST
    @Path("/copy-from-last-year")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "copyPlanFromLastYear", summary = "Start the year's plan as a draft of last year's lines and targets")
    @APIResponse(responseCode = "200", description = "The new draft")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    public RestResponse<PlanView> copy(@PathParam("centerId") UUID centerId, @PathParam("year") @Min(2500) @Max(2700) int year) {
        PlanView plan = plans.copyFromLastYear(centerId, year);
        return Versions.ok(plan, plan.version());
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getPlanHistory", summary = "What the plan said when: each save and the confirmation, newest first")
    @APIResponse(responseCode = "200", description = "The plan's history")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<AuditView> history(@PathParam("centerId") UUID centerId, @PathParam("year") @Min(2500) @Max(2700) int year) {
        return plans.history(centerId, year);
    }
}
