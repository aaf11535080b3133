package th.go.cdd.cdvl.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.partner.PartnerViews.ActivityPartnersRequest;
import th.go.cdd.cdvl.partner.PartnerViews.PartnerView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/activities/{id}/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class ActivityPartnerResource {

    private final ActivityPartnerService activityPartners;

    public ActivityPartnerResource(ActivityPartnerService activityPartners) {
        this.activityPartners = activityPartners;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listActivityPartners", summary = "Partners who took part in an activity")
    @APIResponse(responseCode = "200", description = "The partners")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<PartnerView> activityPartners(@PathParam("id") UUID id) {
        return activityPartners.partnersOf(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "setActivityPartners", summary = "Set the partners who took part in an activity")
    @APIResponse(responseCode = "200", description = "The partners now recorded")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public List<PartnerView> setActivityPartners(@PathParam("id") UUID id, @Valid @NotNull ActivityPartnersRequest request) {
        return activityPartners.replace(id, request.partnerIds());
    }
}
