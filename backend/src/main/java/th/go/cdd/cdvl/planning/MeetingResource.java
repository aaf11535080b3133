package th.go.cdd.cdvl.planning;

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
import th.go.cdd.cdvl.planning.MeetingViews.MeetingRequest;
import th.go.cdd.cdvl.planning.MeetingViews.MeetingSummary;
import th.go.cdd.cdvl.planning.MeetingViews.MeetingView;
import th.go.cdd.cdvl.planning.MeetingViews.OpenResolution;
import th.go.cdd.cdvl.planning.MeetingViews.ResolutionDoneRequest;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings of the driving mechanism and their resolutions (การประชุมกลไกขับเคลื่อน, guideline step 2).")
public class MeetingResource {

    private final MeetingService meetings;

    public MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listMeetings", summary = "Meetings held in the caller's area or in an area containing it, newest first",
            description = "Sort fields: heldOn, title, areaCode, updatedAt. areaCode keeps the meetings held inside that area.")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PageView<MeetingSummary> list(
            @QueryParam("areaCode") @Parameter(description = "Meetings held in this province or district (inside the caller's area)", example = "5201") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear,
            @QueryParam("level") @Parameter(schema = @Schema(implementation = MeetingLevel.class)) String level,
            @Valid @BeanParam PageParams paging) {
        return meetings.list(areaCode, fiscalYear, level, paging);
    }

    @GET
    @Path("/open-resolutions")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listOpenResolutions", summary = "Resolutions not yet done of the meetings held in the area: the next meeting's follow-up",
            description = "Those due first (undated last), then by meeting date; at most 200.")
    @APIResponse(responseCode = "200", description = "The open resolutions")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<OpenResolution> openResolutions(
            @QueryParam("areaCode") @Parameter(description = "Resolutions of the meetings held in this area", example = "5201") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear) {
        return meetings.openResolutions(areaCode, fiscalYear);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getMeeting", summary = "One meeting with its resolutions; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<MeetingView> get(@PathParam("id") UUID id) {
        MeetingView meeting = meetings.get(id);
        return Versions.ok(meeting, meeting.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createMeeting", summary = "Record a meeting of the caller's area with its resolutions",
            description = "NATIONAL needs a national role; PROVINCE and DISTRICT name their area in areaCode; CENTER names the center, whose sub-district becomes the area.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<MeetingView> create(@Valid @NotNull MeetingRequest request, UriInfo uri) {
        MeetingView meeting = meetings.create(request);
        return Versions.created(meeting, meeting.version(), uri.getAbsolutePathBuilder().path(meeting.id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateMeeting", summary = "New minutes for a meeting of the caller's area; If-Match required",
            description = "Level, area and center stay as recorded. A resolution sent with its id keeps whether it is done; one left out is dropped.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<MeetingView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequest request) {
        MeetingView meeting = meetings.update(id, ifMatch, request);
        return Versions.ok(meeting, meeting.version());
    }

    @PUT
    @Path("/{id}/resolutions/{resolutionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "settleResolution", summary = "Mark a resolution done, or open again; If-Match is the meeting's version",
            description = "Answers the meeting with its new version.")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<MeetingView> settle(@PathParam("id") UUID id, @PathParam("resolutionId") UUID resolutionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ResolutionDoneRequest request) {
        MeetingView meeting = meetings.settle(id, resolutionId, ifMatch, request);
        return Versions.ok(meeting, meeting.version());
    }
}
