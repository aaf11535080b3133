package th.go.cdd.cdvl.reporting.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.web.FileDownloads;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.ChangeRequest;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.CreateRequest;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.RequestView;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/document-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Document requests", description = "Requests for files from offices by a due date (what the letter's Google Drive folder was for): "
        + "the department or a provincial office asks; each office answers with files and a note, then submits; the requester returns or accepts.")
public class DocumentRequestResource {

    private final DocumentRequestService requests;

    public DocumentRequestResource(DocumentRequestService requests) {
        this.requests = requests;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "listDocumentRequests", summary = "The requests the caller sent or whose offices lie in the caller's area",
            description = "Latest due first. `standings` counts the offices in the caller's area; `myOffice` is the caller's own office's answer.")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<RequestView> list(@QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2570") Integer fiscalYear,
            @BeanParam @Valid PageParams paging) {
        return requests.list(fiscalYear, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "createDocumentRequest", summary = "Send a request to a set of offices",
            description = "The department asks every province (`PROVINCE`), or the districts of a province or of all (`DISTRICT`); "
                    + "a provincial office only its own districts (403 `reporting.document-request.area.forbidden`).")
    @APIResponse(responseCode = "201", description = "Sent; Location is the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<RequestView> create(@Valid @NotNull CreateRequest request, @Context UriInfo uri) {
        RequestView created = requests.create(request);
        return Versions.created(created, created.version(), uri.getAbsolutePathBuilder().path(created.id().toString()).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "getDocumentRequest", summary = "One request; ETag is its version")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<RequestView> get(@PathParam("id") UUID id) {
        RequestView request = requests.get(id);
        return Versions.ok(request, request.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "changeDocumentRequest", summary = "Change the texts or the due date (the requester only); If-Match required",
            description = "Answers already submitted keep the on-time or late judged at their submission.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<RequestView> change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeRequest change) {
        RequestView request = requests.change(id, ifMatch, change);
        return Versions.ok(request, request.version());
    }

    @PUT
    @Path("/{id}/template")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "attachDocumentRequestTemplate", summary = "Attach or replace the template to fill in (the requester only); If-Match required",
            description = DocumentAnswerResource.FILE_BODY)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Attached")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "408", ref = ApiDocumentation.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocumentation.TOO_MANY_REQUESTS)
    public RestResponse<RequestView> attachTemplate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name as the sender knows it", example = "แบบสำรวจ.xlsx")
            String fileName, InputStream body) {
        RequestView request = requests.attachTemplate(id, ifMatch, fileName, body);
        return Versions.ok(request, request.version());
    }

    @GET
    @Path("/{id}/template")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "getDocumentRequestTemplate", summary = "The template file, as attached")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response template(@PathParam("id") UUID id, @Context Request request) {
        DocumentFile file = requests.template(id);
        return FileDownloads.of(file.stored(), () -> requests.open(file), request);
    }
}
