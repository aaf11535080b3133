package th.go.cdd.cdvl.center;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import th.go.cdd.cdvl.center.CenterViews.CenterRequest;
import th.go.cdd.cdvl.center.CenterViews.CenterView;
import th.go.cdd.cdvl.center.CenterViews.StatusRequest;
import th.go.cdd.cdvl.common.audit.AuditView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/centers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centers", description = "The center registry (ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน). District officers see and change their district, province officers their province, national roles everything; viewers and other systems read.")
public class CenterResource {

    private final CenterService centers;

    public CenterResource(CenterService centers) {
        this.centers = centers;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listCenters", summary = "Centers in the caller's area, filtered, sorted and paged",
            description = "Sort fields: name, subdistrictCode, status, establishedOn, updatedAt (prefix '-' for descending).")
    @APIResponse(responseCode = "200", description = "A page of centers")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<CenterView> list(
            @QueryParam("provinceCode") @Parameter(example = "52") String provinceCode,
            @QueryParam("districtCode") @Parameter(example = "5201") String districtCode,
            @QueryParam("subdistrictCode") @Parameter(example = "520101") String subdistrictCode,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = CenterStatus.class)) String status,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in the name, village, address or sub-district name (Thai or English)", example = "เวียง") String q,
            @Valid @BeanParam PageParams paging) {
        return centers.list(provinceCode, districtCode, subdistrictCode, status, q, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getCenter", summary = "One center; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The center")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<CenterView> get(@PathParam("id") UUID id) {
        CenterView center = centers.get(id);
        return Versions.ok(center, center.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createCenter", summary = "Register a center in a sub-district of the caller's area")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CenterView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<CenterView> create(@Valid @NotNull CenterRequest request, UriInfo uri) {
        CenterView center = centers.create(request);
        return Versions.created(center, center.version(), uri.getAbsolutePathBuilder().path(center.id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateCenter", summary = "Update a center; If-Match must carry the ETag you edited")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<CenterView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"3\"") String ifMatch,
            @Valid @NotNull CenterRequest request) {
        CenterView center = centers.update(id, ifMatch, request);
        return Versions.ok(center, center.version());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "changeCenterStatus", summary = "Suspend, close or re-activate a center (with a reason); If-Match required")
    @APIResponse(responseCode = "200", description = "The center with its new status")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<CenterView> changeStatus(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"3\"") String ifMatch,
            @Valid @NotNull StatusRequest request) {
        CenterView center = centers.changeStatus(id, ifMatch, request);
        return Versions.ok(center, center.version());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getCenterHistory", summary = "Every recorded change of the center and its members, oldest first")
    @APIResponse(responseCode = "200", description = "The audit trail")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<AuditView> history(@PathParam("id") UUID id) {
        return centers.history(id);
    }
}
