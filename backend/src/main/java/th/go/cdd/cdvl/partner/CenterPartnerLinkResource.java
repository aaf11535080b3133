package th.go.cdd.cdvl.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/centers/{centerId}/partner-links")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class CenterPartnerLinkResource {

    private final PartnerLinkService links;

    public CenterPartnerLinkResource(PartnerLinkService links) {
        this.links = links;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listCenterPartnerLinks", summary = "Partners supporting a center, optionally for one fiscal year")
    @APIResponse(responseCode = "200", description = "The links")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<PartnerLinkView> ofCenter(@PathParam("centerId") UUID centerId,
            @QueryParam("fiscalYear") @Parameter(example = "2568") Integer fiscalYear) {
        return links.ofCenter(centerId, fiscalYear);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createPartnerLink", summary = "Record a partner's support to a center in a fiscal year")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerLinkView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<PartnerLinkView> create(@PathParam("centerId") UUID centerId,
            @Valid @NotNull PartnerLinkRequest request, UriInfo uri) {
        PartnerLinkView link = links.create(centerId, request);
        return Versions.created(link, link.version(), uri.getBaseUriBuilder().path("api/v1/partner-links")
                .path(link.id().toString()).build());
    }
}
