package th.go.cdd.cdvl.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import th.go.cdd.cdvl.activity.ActivityViews.ActivityRequest;
import th.go.cdd.cdvl.activity.ActivityViews.ActivityView;
import th.go.cdd.cdvl.activity.ActivityViews.VoidRequest;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.Filters;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "What centers do each quarter: the 9 missions and the final destination, the 5 dimensions, and volunteer work on national days.")
public class ActivityResource {

    private final ActivityService activities;

    public ActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listActivities", summary = "Activities in the caller's area, newest first by default",
            description = "Sort fields: heldOn, title, type, updatedAt ('-' for descending). Items leave out `description` and "
                    + "`outcomes` (up to 4,000 characters each); `GET /activities/{id}` has them.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<ActivityView> list(
            @QueryParam("provinceCode") @Parameter(example = "52") String provinceCode,
            @QueryParam("districtCode") @Parameter(example = "5201") String districtCode,
            @QueryParam("subdistrictCode") @Parameter(example = "520101") String subdistrictCode,
            @QueryParam("centerId") UUID centerId,
            @QueryParam("fiscalYear") @Parameter(description = "Buddhist-era fiscal year", example = "2568") Integer fiscalYear,
            @QueryParam("quarter") @Parameter(description = "1 to 4", example = "1") Integer quarter,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = ActivityCategory.class)) String category,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ActivityType.class)) String type,
            @Valid @BeanParam PageParams paging) {
        ActivityRepository.Filter filter = new ActivityRepository.Filter(
                Filters.narrowestArea(provinceCode, districtCode, subdistrictCode), centerId, fiscalYear,
                Filters.quarter(quarter), Filters.enumValue(ActivityCategory.class, "category", category),
                Filters.enumValue(ActivityType.class, "type", type));
        return activities.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getActivity", summary = "One activity; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The activity")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<ActivityView> get(@PathParam("id") UUID id) {
        ActivityView activity = activities.get(id);
        return Versions.ok(activity, activity.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createActivity", summary = "Record an activity of a center in the caller's area",
            description = "Send an Idempotency-Key to retry safely: a repeat with the same key answers 200 with the activity made the first time.")
    @APIResponse(responseCode = "201", description = "Recorded; `warnings` lists what deserves a second look", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded under this Idempotency-Key", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<ActivityView> create(
            @HeaderParam("Idempotency-Key") @Parameter(description = "Client-chosen key, at most 100 characters", example = "8d3c0c52-quick-capture-1") String idempotencyKey,
            @Valid @NotNull ActivityRequest request, UriInfo uri) {
        ActivityService.Created created = activities.create(idempotencyKey, request);
        ActivityView activity = created.activity();
        return created.isNew()
                ? Versions.created(activity, activity.version(), uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
                : Versions.ok(activity, activity.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateActivity", summary = "Update an activity; If-Match required")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ActivityView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
            @Valid @NotNull ActivityRequest request) {
        ActivityView activity = activities.update(id, ifMatch, request);
        return Versions.ok(activity, activity.version());
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "voidActivity", summary = "Void a duplicate or mistaken activity, with a reason; If-Match required",
            description = "The activity leaves every list, tally, compliance and coverage figure and report draft at once. "
                    + "It stays readable by id (with `voided`) and in its history; it can no longer change (409 `activity.voided`). "
                    + "Reports already submitted keep the figures they were submitted with.")
    @APIResponse(responseCode = "200", description = "Voided")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<ActivityView> voidActivity(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
            @Valid @NotNull VoidRequest request) {
        ActivityView activity = activities.voidActivity(id, ifMatch, request);
        return Versions.ok(activity, activity.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getActivityHistory", summary = "Every recorded change of the activity and its photos, oldest first")
    @APIResponse(responseCode = "200", description = "The audit trail")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<AuditView> history(@PathParam("id") UUID id) {
        return activities.history(id);
    }
}
