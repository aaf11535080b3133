package th.go.cdd.cdvl.partner;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerLinkView;
import th.go.cdd.cdvl.partner.PartnerViews.SectorCoverageView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerLinkResource {

    private final PartnerLinkService links;
    private final SectorCoverageService coverage;

    public PartnerLinkResource(PartnerLinkService links, SectorCoverageService coverage) {
        this.links = links;
        this.coverage = coverage;
    }

    @PUT
    @Path("/partner-links/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updatePartnerLink", summary = "Change a link's support, budget or dates; If-Match required")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<PartnerLinkView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerLinkRequest request) {
        PartnerLinkView link = links.update(id, ifMatch, request);
        return Versions.ok(link, link.version());
    }

    @GET
    @Path("/sector-coverage")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getSectorCoverage", summary = "Which of the 7 sectors work with the centers of an area in a fiscal year")
    @APIResponse(responseCode = "200", description = "The coverage")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public SectorCoverageView sectorCoverage(
            @QueryParam("areaCode") @Parameter(description = "Province or district; the caller's own area if absent", example = "52") String areaCode,
            @QueryParam("fiscalYear") @Parameter(example = "2568") Integer fiscalYear,
            @QueryParam("minSectors") @Parameter(description = "Centers with fewer sectors are listed; default 3", example = "3") Integer minSectors) {
        return coverage.coverage(areaCode, fiscalYear, minSectors);
    }
}
