package th.go.cdd.cdvl.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.evaluation.EvaluationViews.CenterRanking;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitCoverage;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitRequest;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitSummary;
import th.go.cdd.cdvl.evaluation.EvaluationViews.VisitView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation")
public class VisitResource {

    private final VisitService visits;

    public VisitResource(VisitService visits) {
        this.visits = visits;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listVisits", summary = "Evaluation visits of centers in the caller's area, newest first",
            description = "Sort fields: visitedOn, total, updatedAt. centerId gives one center's history of scores.")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PageView<VisitSummary> list(
            @QueryParam("areaCode") @Parameter(description = "Visits of centers in this province or district", example = "5201") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear,
            @QueryParam("quarter") @Min(1) @Max(4) Integer quarter,
            @QueryParam("centerId") UUID centerId,
            @Valid @BeanParam PageParams paging) {
        return visits.list(areaCode, fiscalYear, quarter, centerId, paging);
    }

    @GET
    @Path("/rankings")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listCenterRankings", summary = "Centers of a district or province by their latest visit's total in the year",
            description = "Equal totals share a rank (1, 2, 2, 4); at most 200. Without areaCode, the caller's own area.")
    @APIResponse(responseCode = "200", description = "The centers, best first")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<CenterRanking> rankings(
            @QueryParam("areaCode") @Parameter(example = "52") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(description = "This fiscal year when absent", example = "2568") Integer fiscalYear) {
        return visits.rankings(areaCode, fiscalYear);
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getVisitCoverage", summary = "The share of active centers visited per quarter, per province (nation) or district (province)")
    @APIResponse(responseCode = "200", description = "The shares")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public VisitCoverage coverage(
            @QueryParam("areaCode") @Parameter(example = "52") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(description = "This fiscal year when absent", example = "2568") Integer fiscalYear) {
        return visits.coverage(areaCode, fiscalYear);
    }

    @GET
    @Path("/overdue-follow-ups")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listOverdueFollowUps", summary = "Visits whose follow-up is past due and not done, the longest overdue first")
    @APIResponse(responseCode = "200", description = "The visits")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<VisitSummary> overdueFollowUps(@QueryParam("areaCode") @Parameter(example = "5201") String areaCode) {
        return visits.overdueFollowUps(areaCode);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getVisit", summary = "One visit with its scores; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The visit")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<VisitView> get(@PathParam("id") UUID id) {
        VisitView visit = visits.get(id);
        return Versions.ok(visit, visit.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createVisit", summary = "Record a visit to a center of the caller's area, scored under the year's rubric",
            description = "The first visit of a year freezes its rubric. Scores name each criterion of the rubric once.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<VisitView> create(@Valid @NotNull VisitRequest request, UriInfo uri) {
        VisitView visit = visits.create(request);
        return Versions.created(visit, visit.version(), uri.getAbsolutePathBuilder().path(visit.id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateVisit", summary = "Correct a visit of the caller's area; If-Match required",
            description = "The center and the fiscal year stay; the scores are those of the rubric revision it was made under.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<VisitView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VisitRequest request) {
        VisitView visit = visits.update(id, ifMatch, request);
        return Versions.ok(visit, visit.version());
    }
}
