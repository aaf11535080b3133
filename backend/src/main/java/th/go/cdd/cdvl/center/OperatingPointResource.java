package th.go.cdd.cdvl.center;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.center.CenterViews.OperatingPointRequest;
import th.go.cdd.cdvl.center.CenterViews.OperatingPointView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/districts/{code}/operating-point")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centers")
public class OperatingPointResource {

    private final OperatingPointService points;

    public OperatingPointResource(OperatingPointService points) {
        this.points = points;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getOperatingPoint", summary = "The district's operating point (จุดดำเนินการ)")
    @APIResponse(responseCode = "200", description = "The operating point")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<OperatingPointView> get(@PathParam("code") @Parameter(example = "5201") String code) {
        OperatingPointView point = points.get(code);
        return Versions.ok(point, point.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "setOperatingPoint", summary = "Set the district's operating point: one of its centers or an address",
            description = "The first setting needs no If-Match; replacing one needs the ETag of the version replaced.")
    @APIResponse(responseCode = "200", description = "The operating point")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<OperatingPointView> set(@PathParam("code") @Parameter(example = "5201") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OperatingPointRequest request) {
        OperatingPointView point = points.set(code, ifMatch, request);
        return Versions.ok(point, point.version());
    }
}
