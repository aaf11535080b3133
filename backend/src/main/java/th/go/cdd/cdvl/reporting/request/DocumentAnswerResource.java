package th.go.cdd.cdvl.reporting.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
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
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.reporting.request.DocumentRequestRepository.SubmittedFile;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.AnswerView;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.NoteRequest;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.OfficeAnswer;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.ReviewRequest;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/document-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Document requests")
public class DocumentAnswerResource {

    static final String FILE_BODY = ApiDocumentation.FILE_BODY + " Excel (.xlsx), Word (.docx), PDF, JPEG or PNG.";
    private static final String ZIP = "application/zip";
    private static final String ANSWER = "/answers/{officeCode}";

    private final DocumentAnswerService answers;

    public DocumentAnswerResource(DocumentAnswerService answers) {
        this.answers = answers;
    }

    @GET
    @Path("/answers")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "listDocumentAnswers", summary = "The matrix: every office asked in the caller's area and where its answer stands")
    @APIResponse(responseCode = "200", description = "The offices, by code")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<OfficeAnswer> matrix(@PathParam("id") UUID id) {
        return answers.matrix(id);
    }

    @GET
    @Path("/answers.zip")
    @Produces(ZIP)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "downloadDocumentAnswers", summary = "Every submitted answer's files in the caller's area, as one zip",
            description = "A folder per office, named by its code and name (`5201 เมืองลำปาง/แบบ.xlsx`). Drafts and returned answers are not in it. Streamed.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = ZIP,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response zip(@PathParam("id") UUID id) {
        List<SubmittedFile> files = answers.submittedFiles(id);
        StreamingOutput body = out -> answers.writeZip(files, out);
        return Response.ok(body, ZIP).header("Content-Disposition", FileDownloads.attachment("document-request-" + id + ".zip")).build();
    }

    @GET
    @Path(ANSWER)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "getDocumentAnswer", summary = "One office's answer (version 0 and no state until started)")
    @APIResponse(responseCode = "200", description = "The answer")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<AnswerView> get(@PathParam("id") UUID id, @PathParam("officeCode") @Parameter(example = "5201") String officeCode) {
        AnswerView answer = answers.get(id, officeCode);
        return Versions.ok(answer, answer.version());
    }

    @PUT
    @Path(ANSWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "writeDocumentAnswer", summary = "Save the office's note; the first save starts the answer, later ones need If-Match")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<AnswerView> write(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull NoteRequest note) {
        AnswerView answer = answers.write(id, officeCode, ifMatch, note.note());
        return Versions.ok(answer, answer.version());
    }

    @POST
    @Path(ANSWER + "/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "uploadDocumentAnswerFile", summary = "Add a file to the office's answer (starting it if needed)",
            description = FILE_BODY + " At most 10 files an answer (409 `reporting.document-answer.files-limit`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Added; the answer as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "408", ref = ApiDocumentation.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocumentation.TOO_MANY_REQUESTS)
    public RestResponse<AnswerView> upload(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name as the sender knows it", example = "แบบสำรวจ.xlsx")
            String fileName, InputStream body) {
        AnswerView answer = answers.upload(id, officeCode, fileName, body);
        return RestResponse.ResponseBuilder.<AnswerView>create(RestResponse.Status.CREATED).entity(answer)
                .tag(Versions.etag(answer.version())).build();
    }

    @GET
    @Path(ANSWER + "/files/{fileId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "getDocumentAnswerFile", summary = "One file of an answer, as sent")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    public Response file(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode, @PathParam("fileId") UUID fileId,
            @Context Request request) {
        DocumentFile file = answers.file(id, officeCode, fileId);
        return FileDownloads.of(file.stored(), () -> answers.open(file), request);
    }

    @DELETE
    @Path(ANSWER + "/files/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "deleteDocumentAnswerFile", summary = "Remove a file from a draft or returned answer; If-Match is the answer's ETag")
    @APIResponse(responseCode = "200", description = "Removed; the answer as it now stands")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<AnswerView> deleteFile(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @PathParam("fileId") UUID fileId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AnswerView answer = answers.deleteFile(id, officeCode, fileId, ifMatch);
        return Versions.ok(answer, answer.version());
    }

    @POST
    @Path(ANSWER + "/submit")
    @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "submitDocumentAnswer", summary = "Submit the office's answer; If-Match required",
            description = "Needs at least one file (422 `reporting.document-answer.no-files`). The first submission is on time "
                    + "when it arrives before the due day is over in Thailand (23:59:59 on time, midnight late).")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<AnswerView> submit(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AnswerView answer = answers.submit(id, officeCode, ifMatch);
        return Versions.ok(answer, answer.version());
    }

    @POST
    @Path(ANSWER + "/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "returnDocumentAnswer", summary = "Return a submitted answer to the office with a comment (the requester only)")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<AnswerView> returnForChanges(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviewRequest review) {
        AnswerView answer = answers.returnForChanges(id, officeCode, ifMatch, review.comment());
        return Versions.ok(answer, answer.version());
    }

    @POST
    @Path(ANSWER + "/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "acceptDocumentAnswer", summary = "Accept a submitted answer (the requester only)")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<AnswerView> accept(@PathParam("id") UUID id, @PathParam("officeCode") String officeCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReviewRequest review) {
        AnswerView answer = answers.accept(id, officeCode, ifMatch, review.comment());
        return Versions.ok(answer, answer.version());
    }
}
