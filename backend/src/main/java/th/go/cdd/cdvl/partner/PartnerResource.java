package th.go.cdd.cdvl.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkView;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerView;
import th.go.cdd.cdvl.partner.PartnerViews.SimilarPartner;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "The 7-sector partner network (ภาคีเครือข่าย ๗ ภาคี).")
public class PartnerResource {

    private final PartnerService partners;
    private final PartnerLinkService links;

    public PartnerResource(PartnerService partners, PartnerLinkService links) {
        this.partners = partners;
        this.links = links;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listPartners", summary = "Partners the caller may see: of their area, of a wider area containing it, or linked to their centers",
            description = "Sort fields: name, sector, areaCode, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<PartnerView> list(
            @QueryParam("areaCode") @Parameter(description = "Partners working in or around this province/district", example = "5201") String areaCode,
            @QueryParam("sector") @Parameter(schema = @Schema(implementation = Sector.class)) String sector,
            @QueryParam("active") Boolean active,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in the name or kind", example = "วัด") String q,
            @Valid @BeanParam PageParams paging) {
        return partners.list(areaCode, sector, active, q, paging);
    }

    @GET
    @Path("/similar")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "findSimilarPartners", summary = "Partners of the same province with the same or a very similar name (check before adding)",
            description = "Among the partners the caller may see; an areaCode outside the caller's area answers 404.")
    @APIResponse(responseCode = "200", description = "Possible duplicates, most similar first")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<SimilarPartner> similar(
            @QueryParam("name") @NotBlank @Size(max = 200) @Parameter(required = true, example = "วัดพระธาตุลำปางหลวง") String name,
            @QueryParam("areaCode") @NotBlank @Parameter(required = true, description = "2- or 4-digit code of the area the new partner works in", example = "5201") String areaCode) {
        return partners.similar(name, areaCode, null);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getPartner", summary = "One partner; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<PartnerView> get(@PathParam("id") UUID id) {
        PartnerView partner = partners.get(id);
        return Versions.ok(partner, partner.version());
    }

    @GET
    @Path("/{id}/links")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listPartnerLinks", summary = "The partner's support to centers in the caller's area")
    @APIResponse(responseCode = "200", description = "The links, newest fiscal year first")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<PartnerLinkView> links(@PathParam("id") UUID id) {
        return links.ofPartner(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createPartner", summary = "Add a partner working in the caller's area",
            description = "A name very like another partner's in the province answers 409 partner.possible-duplicate unless acknowledgeDuplicates is true.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<PartnerView> create(@Valid @NotNull PartnerRequest request, UriInfo uri) {
        PartnerView partner = partners.create(request);
        return Versions.created(partner, partner.version(), uri.getAbsolutePathBuilder().path(partner.id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updatePartner", summary = "Update a partner of the caller's area; If-Match required")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<PartnerView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerRequest request) {
        PartnerView partner = partners.update(id, ifMatch, request);
        return Versions.ok(partner, partner.version());
    }
}
