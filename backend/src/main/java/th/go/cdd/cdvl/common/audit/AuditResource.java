package th.go.cdd.cdvl.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what and when, within the caller's area.")
public class AuditResource {

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER})
    @Operation(operationId = "listAuditEvents", summary = "Audit events in an area and time window, newest first")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<AuditView> list(
            @QueryParam("areaCode") @Pattern(regexp = "^([0-9]{2}|[0-9]{4}|[0-9]{6})$", message = "must be a 2-, 4- or 6-digit geocode")
            @Parameter(description = "Province, district or sub-district code", example = "5201") String areaCode,
            @QueryParam("entityType") @Pattern(regexp = "^[A-Z_]{1,50}$", message = "must be an entity type such as CENTER")
            @Parameter(example = "CENTER") String entityType,
            @QueryParam("from") @Parameter(description = "From this instant (inclusive)", example = "2024-12-01T00:00:00+07:00") String from,
            @QueryParam("to") @Parameter(description = "Until this instant (exclusive)", example = "2024-12-31T00:00:00+07:00") String to,
            @Valid @BeanParam PageParams paging) {
        return audit.search(areaCode, entityType, from, to, paging);
    }
}
