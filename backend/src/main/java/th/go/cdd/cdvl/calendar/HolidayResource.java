package th.go.cdd.cdvl.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import th.go.cdd.cdvl.calendar.HolidayService.HolidayRequest;
import th.go.cdd.cdvl.calendar.HolidayService.HolidayView;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiscal calendar")
public class HolidayResource {

    private final HolidayService holidays;

    public HolidayResource(HolidayService holidays) {
        this.holidays = holidays;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listHolidays", summary = "Government holidays between two dates (default: this year and next)")
    @APIResponse(responseCode = "200", description = "The holidays, by date")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public List<HolidayView> list(@QueryParam("from") @Parameter(example = "2024-10-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2025-09-30") LocalDate to) {
        return holidays.between(from, to);
    }

    @PUT
    @Path("/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "putHoliday", summary = "Add a holiday, or change one (If-Match required to change)")
    @APIResponse(responseCode = "200", description = "The holiday")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<HolidayView> put(@PathParam("date") @Parameter(example = "2025-06-02") LocalDate date,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull HolidayRequest request) {
        HolidayView holiday = holidays.put(date, ifMatch, request);
        return Versions.ok(holiday, holiday.version());
    }

    @DELETE
    @Path("/{date}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL})
    @Operation(operationId = "deleteHoliday", summary = "Remove a holiday the Cabinet cancelled; If-Match required")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public void delete(@PathParam("date") LocalDate date, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        holidays.delete(date, ifMatch);
    }
}
