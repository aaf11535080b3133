package th.go.cdd.cdvl.learning;

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

/** A lesson's photos; the lesson itself is {@link LessonResource}'s. */
@Path("/api/v1/lessons/{id}/photos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class LessonPhotoResource {

    private final LessonService lessons;

    public LessonPhotoResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "uploadLessonPhoto", summary = "Add a photo to an editable lesson (DRAFT or RETURNED) of the caller's area; the first photo is the cover",
            description = ApiDocumentation.FILE_BODY + " JPEG or PNG. At most 10 photos a lesson (409 `attachment.limit-reached`); a lesson under review or published "
                    + "answers 409 `lesson.state.conflict`.")
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
            @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name as the sender knows it",
                    example = "IMG_0042.jpg") String fileName,
            InputStream body) {
        AttachmentView file = lessons.addPhoto(id, fileName, body);
        return RestResponse.ResponseBuilder.<AttachmentView>create(RestResponse.Status.CREATED).entity(file).build();
    }

    @GET
    @Path("/{photoId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getLessonPhoto", summary = "One photo of a lesson, as sent; its ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "The photo", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        StoredFile photo = lessons.photo(id, photoId);
        return FileDownloads.of(photo, () -> lessons.open(photo), request);
    }

    @DELETE
    @Path("/{photoId}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "deleteLessonPhoto", summary = "Remove a photo from an editable lesson of the caller's area; If-Match is the photo's ETag")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public void delete(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        lessons.deletePhoto(id, photoId, ifMatch);
    }
}
