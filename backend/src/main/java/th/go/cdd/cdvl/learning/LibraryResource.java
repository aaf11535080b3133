package th.go.cdd.cdvl.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.activity.ActivityType;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.storage.StoredFile;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.common.web.FileDownloads;
import th.go.cdd.cdvl.learning.LessonViews.LessonSummary;
import th.go.cdd.cdvl.learning.LessonViews.LessonView;
import th.go.cdd.cdvl.security.Roles;

/**
 * The library of published lessons (คลังบทเรียน), read by every signed-in user whatever their area:
 * it is meant to spread beyond the area that wrote it, so its province filter selects no area of the
 * caller's and is named {@code province}, not {@code provinceCode}.
 */
@Path("/api/v1/library/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class LibraryResource {

    private final LessonService lessons;

    public LibraryResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "searchLibrary", summary = "Published lessons of every area, newest first, searched and filtered",
            description = "q: up to 5 words separated by spaces, each to be found in the title, the texts or the center's name "
                    + "(a Thai word inside an unspaced sentence is found). Sort fields: publishedAt, title, fiscalYear, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of published lessons")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    public PageView<LessonSummary> search(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words to find", example = "ปุ๋ยหมัก") String q,
            @QueryParam("topic") @Parameter(description = "A mission or a dimension", schema = @Schema(implementation = ActivityType.class)) String topic,
            @QueryParam("province") @Parameter(description = "Lessons about centers of this province", example = "52") String province,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear,
            @Valid @BeanParam PageParams paging) {
        return lessons.library(q, topic, province, fiscalYear, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getLibraryLesson", summary = "A published lesson, for every signed-in user; 404 once withdrawn",
            description = "Without who wrote or changed it. Its ETag is its version.")
    @APIResponse(responseCode = "200", description = "The lesson")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<LessonView> get(@PathParam("id") UUID id) {
        LessonView lesson = lessons.published(id);
        return Versions.ok(lesson, lesson.version());
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getLibraryLessonPhoto", summary = "One photo of a published lesson, as sent; its ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "The photo", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        StoredFile photo = lessons.publishedPhoto(id, photoId);
        return FileDownloads.of(photo, () -> lessons.open(photo), request);
    }
}
