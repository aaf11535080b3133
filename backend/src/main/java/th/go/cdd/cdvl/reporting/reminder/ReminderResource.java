package th.go.cdd.cdvl.reporting.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.reporting.reminder.OfficeContactService.OfficeContactRequest;
import th.go.cdd.cdvl.reporting.reminder.OfficeContactService.OfficeContactView;
import th.go.cdd.cdvl.reporting.reminder.OfficeContactService.OfficeView;
import th.go.cdd.cdvl.reporting.reminder.ReminderLog.ReminderSentView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Office e-mail addresses and the reminders sent before deadlines.")
public class ReminderResource {

    private final OfficeContactService contacts;
    private final ReminderLog log;
    private final Instance<ReminderPass> passes;

    public ReminderResource(OfficeContactService contacts, ReminderLog log, @Any Instance<ReminderPass> passes) {
        this.contacts = contacts;
        this.log = log;
        this.passes = passes;
    }

    @GET
    @Path("/office-contacts")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "listOfficeContacts", summary = "The provincial and district offices in the caller's area with their e-mails",
            description = "Each province (outside Bangkok) then its districts; an office without email gets no reminder. "
                    + "provinceCode narrows to one province, which must overlap the caller's area (else 404).")
    @APIResponse(responseCode = "200", description = "The offices")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<OfficeView> offices(@QueryParam("provinceCode") @Parameter(example = "52") String provinceCode) {
        return contacts.list(provinceCode);
    }

    @GET
    @Path("/office-contacts/{areaCode}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "getOfficeContact", summary = "The e-mail of a provincial or district office")
    @APIResponse(responseCode = "200", description = "The contact")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<OfficeContactView> contact(@PathParam("areaCode") @Parameter(example = "5201") String areaCode) {
        OfficeContactView contact = contacts.get(areaCode);
        return Versions.ok(contact, contact.version());
    }

    @PUT
    @Path("/office-contacts/{areaCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "setOfficeContact", summary = "Set the e-mail of an office in the caller's area (If-Match to change)")
    @APIResponse(responseCode = "200", description = "The contact")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<OfficeContactView> setContact(@PathParam("areaCode") String areaCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OfficeContactRequest request) {
        OfficeContactView contact = contacts.put(areaCode, ifMatch, request);
        return Versions.ok(contact, contact.version());
    }

    @GET
    @Path("/reminders")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "listRemindersSent", summary = "Reminders sent to offices in the caller's area, newest first")
    @APIResponse(responseCode = "200", description = "The reminders")
    public List<ReminderSentView> sent(@QueryParam("deadlineId") UUID deadlineId) {
        return log.sent(deadlineId);
    }

    @POST
    @Path("/reminders/run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runReminders", summary = "Run today's reminder passes now (report deadlines and document requests; they also run daily); sends nothing twice")
    @APIResponse(responseCode = "200", description = "How many messages were sent")
    public Map<String, Integer> run() {
        return Map.of("sent", passes.stream().mapToInt(ReminderPass::run).sum());
    }
}
