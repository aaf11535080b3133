package th.go.cdd.cdvl.calendar;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.calendar.FiscalYearViews.FiscalYearView;
import th.go.cdd.cdvl.calendar.FiscalYearViews.OperationPeriodRequest;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiscal calendar", description = "Thai fiscal years (1 Oct – 30 Sep, Buddhist era), their quarters and the program's operation period.")
public class FiscalYearResource {

    private final FiscalYearService years;

    public FiscalYearResource(FiscalYearService years) {
        this.years = years;
    }

    @GET
    @Path("/fiscal-years")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listFiscalYears", summary = "The fiscal years set up, oldest first")
    public List<FiscalYearView> list() {
        return years.list();
    }

    @GET
    @Path("/fiscal-years/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getFiscalYear", summary = "One fiscal year with its quarters and operation period")
    @APIResponse(responseCode = "200", description = "The fiscal year")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<FiscalYearView> get(@PathParam("year") @Parameter(example = "2568") int year) {
        FiscalYearView view = years.get(year);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/fiscal-years/{year}/operation-period")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "setOperationPeriod", summary = "Set the operation period of a fiscal year (department only); If-Match required")
    @APIResponse(responseCode = "200", description = "The fiscal year")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<FiscalYearView> setOperationPeriod(@PathParam("year") int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OperationPeriodRequest request) {
        FiscalYearView view = years.setOperationPeriod(year, ifMatch, request);
        return Versions.ok(view, view.version());
    }

    @GET
    @Path("/fiscal-calendar")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getFiscalQuarterOfDate", summary = "Fiscal year and quarter of a date (today if absent)")
    @APIResponse(responseCode = "200", description = "The quarter")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public FiscalQuarter quarterOf(@QueryParam("date") @Parameter(example = "2024-12-13") LocalDate date) {
        return years.quarterOf(date);
    }
}
