package th.go.cdd.cdvl.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import th.go.cdd.cdvl.common.openapi.ApiDocumentation;
import th.go.cdd.cdvl.common.paging.PageParams;
import th.go.cdd.cdvl.common.paging.PageView;
import th.go.cdd.cdvl.common.version.Versions;
import th.go.cdd.cdvl.learning.LessonViews.LessonRequest;
import th.go.cdd.cdvl.learning.LessonViews.LessonSummary;
import th.go.cdd.cdvl.learning.LessonViews.LessonView;
import th.go.cdd.cdvl.learning.LessonViews.NoteRequest;
import th.go.cdd.cdvl.security.Roles;

/** An area's lessons learned and their review; the library of published lessons is {@link LibraryResource}'s. */
@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons", description = "Lessons learned from the centers' successes (ถอดบทเรียน, guideline step 6) and their review by the province.")
public class LessonResource {

    private final LessonService lessons;

    public LessonResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "listLessons", summary = "The lessons of the caller's area in every state, last changed first",
            description = "Sort fields: updatedAt, title, publishedAt, fiscalYear.")
    @APIResponse(responseCode = "200", description = "A page of lessons")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public PageView<LessonSummary> list(
            @QueryParam("areaCode") @Parameter(description = "Lessons about the centers of this province or district (inside the caller's area)", example = "5201") String areaCode,
            @QueryParam("fiscalYear") @Min(2500) @Max(2700) @Parameter(example = "2568") Integer fiscalYear,
            @QueryParam("state") @Parameter(schema = @Schema(implementation = LessonState.class)) String state,
            @Valid @BeanParam PageParams paging) {
        return lessons.list(areaCode, fiscalYear, state, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER, Roles.VIEWER, Roles.API_CLIENT})
    @Operation(operationId = "getLesson", summary = "A lesson of the caller's area, in any state; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The lesson")
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    public RestResponse<LessonView> get(@PathParam("id") UUID id) {
        LessonView lesson = lessons.get(id);
        return Versions.ok(lesson, lesson.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "createLesson", summary = "Write a lesson about a center of the caller's area, as a draft",
            description = "Activities must be the center's and partners visible to the caller (422 otherwise).")
    @APIResponse(responseCode = "201", description = "Written", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    public RestResponse<LessonView> create(@Valid @NotNull LessonRequest request, UriInfo uri) {
        LessonView lesson = lessons.create(request);
        return Versions.created(lesson, lesson.version(), uri.getAbsolutePathBuilder().path(lesson.id().toString()).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "updateLesson", summary = "A new text for a draft or returned lesson of the caller's area; If-Match required",
            description = "The center and fiscal year stay as written (422); a lesson under review or published answers 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocumentation.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<LessonView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull LessonRequest request) {
        LessonView lesson = lessons.update(id, ifMatch, request);
        return Versions.ok(lesson, lesson.version());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER, Roles.DISTRICT_OFFICER})
    @Operation(operationId = "submitLesson", summary = "Submit a draft or returned lesson to the province; If-Match required")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<LessonView> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        LessonView lesson = lessons.submit(id, ifMatch);
        return Versions.ok(lesson, lesson.version());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "publishLesson", summary = "Publish a submitted lesson in the library (the province); If-Match required")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<LessonView> publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        LessonView lesson = lessons.publish(id, ifMatch);
        return Versions.ok(lesson, lesson.version());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "returnLesson", summary = "Return a submitted lesson to its writers with a comment (the province); If-Match required",
            description = "The lesson is editable again (RETURNED) and may be submitted once more.")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<LessonView> returnLesson(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NoteRequest request) {
        LessonView lesson = lessons.returnToAuthor(id, ifMatch, request);
        return Versions.ok(lesson, lesson.version());
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "withdrawLesson", summary = "Take a published lesson out of the library, with a reason (the province); If-Match required")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocumentation.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocumentation.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocumentation.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocumentation.PRECONDITION_REQUIRED)
    public RestResponse<LessonView> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NoteRequest request) {
        LessonView lesson = lessons.withdraw(id, ifMatch, request);
        return Versions.ok(lesson, lesson.version());
    }
}
