package th.go.cdd.cdvl.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.evaluation.EvaluationViews.RubricRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.RubricView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/fiscal-years/{year}/rubric")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Rubrics, evaluation visits with scores, rankings (การติดตามประเมินผล, guideline step 5).")
public class RubricResource {

    private final RubricService rubrics;

    public RubricResource(RubricService rubrics) {
        this.rubrics = rubrics;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getRubric", summary = "The fiscal year's evaluation rubric (its latest revision); its ETag is its version")
    @APIResponse(responseCode = "200", description = "The rubric")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<RubricView> get(@PathParam("year") @Min(2500) @Max(2700) int year) {
        RubricView rubric = rubrics.current(year);
        return Versions.ok(rubric, rubric.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "putRubric", summary = "Set the year's rubric: the first without If-Match, then with the current revision's ETag",
            description = "In place while no visit has used it; once frozen by a visit, a new revision that applies only to visits recorded after it.")
    @APIResponse(responseCode = "200", description = "The rubric as it now applies")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<RubricView> put(@PathParam("year") @Min(2500) @Max(2700) int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RubricRequest request) {
        RubricView rubric = rubrics.put(year, ifMatch, request);
        return Versions.ok(rubric, rubric.version());
    }
}
