package th.go.cdd.cdvl.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
import th.go.cdd.cdvl.common.storage.AttachmentView;
import th.go.cdd.cdvl.common.storage.StoredFile;
import th.go.cdd.cdvl.common.web.FileDownloads;
import th.go.cdd.cdvl.security.Roles;

/** A meeting's minutes and photos; the meeting itself is {@link MeetingResource}'s. */
@Path("/api/v1/meetings/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingFileResource {

    private final MeetingService meetings;

    public MeetingFileResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "uploadMeetingFile", summary = "Attach the minutes or a photo to a meeting of the caller's area",
            description = ApiDocumentation.FILE_BODY + " Minutes: PDF, Word, Excel or a picture of the signed paper; photos: JPEG "
                    + "or PNG. Without kind, a picture is a photo and anything else minutes. At most 20 files a meeting "
                    + "(409 `attachment.limit-reached`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "408", ref = ApiDocumentation.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocumentation.TOO_MANY_REQUESTS)
    public RestResponse<AttachmentView> upload(@PathParam("id") UUID id,
            @QueryParam("kind") @Parameter(description = "MINUTES or PHOTO; left out, decided by the file's type") MeetingFileKind kind,
            @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name as the sender knows it",
                    example = "รายงานการประชุม.pdf") String fileName,
            InputStream body) {
        AttachmentView file = meetings.addFile(id, kind, fileName, body);
        return RestResponse.ResponseBuilder.<AttachmentView>create(RestResponse.Status.CREATED).entity(file).build();
    }

    @GET
    @Path("/{fileId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getMeetingFile", summary = "One file of a meeting, as sent; its ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response file(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId, @Context Request request) {
        StoredFile file = meetings.file(id, fileId);
        return FileDownloads.of(file, () -> meetings.open(file), request);
    }

    @DELETE
    @Path("/{fileId}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "deleteMeetingFile", summary = "Remove a file from a meeting of the caller's area; If-Match is the file's ETag")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public void delete(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        meetings.deleteFile(id, fileId, ifMatch);
    }
}
