package th.go.cdd.cdvl.center;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.center.CenterViews.MemberRequest;
import th.go.cdd.cdvl.center.CenterViews.MemberView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/centers/{centerId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Center members", description = "Committee members and volunteer leaders of a center. Names and phones are personal data (PDPA): see the fields of MemberView for who reads them.")
public class MemberResource {

    private final MemberService members;

    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listCenterMembers", summary = "The members of a center, active first")
    @APIResponse(responseCode = "200", description = "The members")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<MemberView> list(@PathParam("centerId") UUID centerId) {
        return members.list(centerId);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getCenterMember", summary = "One member; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<MemberView> get(@PathParam("centerId") UUID centerId, @PathParam("memberId") UUID memberId) {
        MemberView member = members.get(centerId, memberId);
        return Versions.ok(member, member.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "addCenterMember", summary = "Add a member to a center")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<MemberView> add(@PathParam("centerId") UUID centerId, @Valid @NotNull MemberRequest request,
            UriInfo uri) {
        MemberView member = members.add(centerId, request);
        return Versions.created(member, member.version(), uri.getAbsolutePathBuilder().path(member.id().toString()).build());
    }

    @PUT
    @Path("/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateCenterMember", summary = "Update a member (set active=false when they leave); If-Match required")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<MemberView> update(@PathParam("centerId") UUID centerId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
            @Valid @NotNull MemberRequest request) {
        MemberView member = members.update(centerId, memberId, ifMatch, request);
        return Versions.ok(member, member.version());
    }

    @POST
    @Path("/{memberId}/erase")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "eraseCenterMember", summary = "Erase a member's personal data on their request (PDPA); If-Match required",
            description = "The name is replaced by a placeholder and the phone is removed; the member stays "
                    + "(role, gender, skills, dates) so counts do not change, and can no longer be edited (409 `center.member.erased`). "
                    + "Earlier audit entries lose the erased fields and the erasure is recorded without them.")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<MemberView> erase(@PathParam("centerId") UUID centerId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch) {
        MemberView member = members.erase(centerId, memberId, ifMatch);
        return Versions.ok(member, member.version());
    }
}
