package th.go.cdd.cdvl.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.security.Roles;

@Path("/api/v1/activities/{id}/photos")
@Tag(name = "Activity photos", description = "Photo evidence of an activity: up to 10 JPEG, PNG or WebP photos, stored without their metadata (no GPS position) and served only to callers whose area covers the center.")
public class ActivityPhotoResource {

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";
    private static final String WEBP = "image/webp";
    private static final String CACHE = "private, max-age=3600";

    private final ActivityPhotoService photos;

    public ActivityPhotoResource(ActivityPhotoService photos) {
        this.photos = photos;
    }

    @POST
    @Consumes({JPEG, PNG, WEBP, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "uploadActivityPhoto", summary = "Add a photo to an activity in the caller's area",
            description = """
                    The body is the image file itself, not a form: `curl --data-binary @photo.jpg -H 'Content-Type: image/jpeg'`. \
                    The type is judged from the content (JPEG, PNG or WebP), whatever Content-Type says, so \
                    `application/octet-stream` is fine. At most 8 MB (configurable) and 10 photos per activity. \
                    The stored photo is re-encoded without any metadata (EXIF with GPS, XMP, PNG text), turned upright \
                    by its EXIF orientation and scaled to at most 4096 px; WebP is stored as JPEG.

                    What uploads may cost the server is bounded: the activity, its room for one more photo and the \
                    caller's uploads in flight (at most 3 at once: 429 `photo.uploads-in-flight`) are checked before \
                    the body is read, and so is the server's (at most 12 at once: 503 `service.busy`); a body still \
                    arriving after 120 s is refused (408 `request.timeout`); and when every photo decoder is busy \
                    the answer is 503 `service.busy` with Retry-After. None of these \
                    stores anything: send the photo again after Retry-After.""")
    @RequestBody(required = true, content = {
        @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = WEBP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored; Location is the image",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "408", ref = ApiDocumentation.REQUEST_TIMEOUT)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocumentation.CONTENT_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocumentation.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiDocumentation.TOO_MANY_REQUESTS)
    public RestResponse<PhotoView> upload(@PathParam("id") UUID id, InputStream body, @Context UriInfo uri) {
        PhotoView photo = photos.upload(id, body);
        return RestResponse.ResponseBuilder.<PhotoView>created(uri.getAbsolutePathBuilder().path(photo.id().toString()).build())
                .entity(photo).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listActivityPhotos", summary = "The activity's photos, oldest first")
    @APIResponse(responseCode = "200", description = "The photos")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public List<PhotoView> list(@PathParam("id") UUID id) {
        return photos.list(id);
    }

    @GET
    @Path("/{photoId}")
    @Produces({JPEG, PNG})
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getActivityPhoto", summary = "The photo as stored (no metadata)",
            description = "ETag is the SHA-256 of the file; If-None-Match answers 304. Cacheable privately for an hour.")
    @APIResponse(responseCode = "200", description = "The image", content = {
        @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response image(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        return serve(photos.image(id, photoId), request);
    }

    @DELETE
    @Path("/{photoId}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "deleteActivityPhoto", summary = "Remove a photo from an activity in the caller's area",
            description = "If-Match must be the photo's ETag (`etag` in its list item, or the image's ETag header). "
                    + "The removal is audited with what the photo was; its files are deleted.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public void delete(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        photos.delete(id, photoId, ifMatch);
    }

    @GET
    @Path("/{photoId}/thumbnail")
    @Produces(JPEG)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getActivityPhotoThumbnail", summary = "A JPEG of the photo, at most 320 px on its longest side")
    @APIResponse(responseCode = "200", description = "The thumbnail",
            content = @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response thumbnail(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        return serve(photos.thumbnail(id, photoId), request);
    }

    /**
     * A photo never changes, so only If-None-Match matters (304 for a cached copy); an If-Match
     * that does not name this photo is a stale precondition, answered as a problem like any other.
     */
    private static Response serve(ActivityPhotoService.PhotoFile file, Request request) {
        EntityTag tag = new EntityTag(file.etag());
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null && precondition.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw Versions.staleTag();
        }
        Response.ResponseBuilder answer = precondition != null ? precondition : Response.ok(file.content().get(), file.contentType());
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }
}
