package th.go.cdd.cdvl.reporting.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.reporting.deadline.DeadlineViews.DateRequest;
import th.go.cdd.cdvl.reporting.deadline.DeadlineViews.DeadlineView;
import th.go.cdd.cdvl.reporting.deadline.DeadlineViews.LocationReportRequest;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "When districts report: quarterly operation reports (default the 15th of the quarter's last month, moved back to the previous working day) and one-off reports.")
public class DeadlineResource {

    private final DeadlineService deadlines;

    public DeadlineResource(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @Path("/fiscal-years/{year}/deadlines")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listDeadlines", summary = "The deadlines of a fiscal year, with the caller's province's own dates")
    @APIResponse(responseCode = "200", description = "The deadlines by date")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<DeadlineView> ofYear(@PathParam("year") @Parameter(example = "2568") int year) {
        return deadlines.ofYear(year);
    }

    @POST
    @Path("/fiscal-years/{year}/location-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "openLocationReport", summary = "Open the center location report (enclosure 3) of a fiscal year (department only)",
            description = "One per fiscal year; every district answers it like a quarterly report, with the location figures. Move its date afterwards with PUT /deadlines/{id}/due-on.")
    @APIResponse(responseCode = "201", description = "The new deadline")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<DeadlineView> openLocationReport(@PathParam("year") @Parameter(example = "2570") int year,
            @Valid @NotNull LocationReportRequest request, UriInfo uri) {
        DeadlineView deadline = deadlines.openLocationReport(year, request.dueOn());
        return Versions.created(deadline, deadline.version(),
                uri.getBaseUriBuilder().path("api/v1/fiscal-years/{year}/deadlines").build(year));
    }

    @PUT
    @Path("/deadlines/{id}/due-on")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "moveDeadline", summary = "Move a deadline (department only); If-Match required")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DeadlineView> move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DateRequest request) {
        DeadlineView deadline = deadlines.move(id, ifMatch, request.dueOn());
        return Versions.ok(deadline, deadline.version());
    }

    @PUT
    @Path("/deadlines/{id}/province-report-due-on")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "setProvinceReportDue", summary = "Set when provinces owe the department their report of a quarterly deadline (department only); If-Match required",
            description = "Until it is set, province reports of the deadline show no timeliness. Not earlier than the districts' date.")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<DeadlineView> setProvinceReportDue(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DateRequest request) {
        DeadlineView deadline = deadlines.setProvinceReportDue(id, ifMatch, request.dueOn());
        return Versions.ok(deadline, deadline.version());
    }

    @PUT
    @Path("/deadlines/{id}/provinces/{provinceCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "setProvinceDeadline", summary = "Set a province's earlier internal deadline for its districts",
            description = "The first setting needs no If-Match; changing it needs the ETag of the province date (returned by the first PUT).")
    @APIResponse(responseCode = "200", description = "The deadline with the province's date")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public DeadlineView setProvinceDate(@PathParam("id") UUID id, @PathParam("provinceCode") @Parameter(example = "52") String provinceCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DateRequest request) {
        return deadlines.setProvinceDate(id, provinceCode, ifMatch, request.dueOn());
    }
}
