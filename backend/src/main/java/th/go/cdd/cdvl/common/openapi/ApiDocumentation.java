package th.go.cdd.cdvl.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import th.go.cdd.cdvl.common.error.Problem;

/** The contract's front page: title, security scheme and the shared problem responses. */
@OpenAPIDefinition(
        info = @Info(
                title = "CDVL Centers API",
                version = "1",
                description = """
                        API of CDVL Centers, the system of the Community Development Volunteer Leader Centers \
                        program (ศูนย์ผู้นำจิตอาสาพัฒนาชุมชน) of the Department of Community Development.

                        Authenticate with a bearer access token from the Keycloak realm `cdvl`: people sign in \
                        through the web app; other government systems use the OAuth 2.0 client-credentials grant \
                        with a confidential client holding the realm role `api-client`. Every caller sees only \
                        the area of the country its account covers; a record outside it answers 404.

                        Errors are RFC 9457 `application/problem+json` with a stable `code`.""",
                contact = @Contact(name = "CDVL Centers team")),
        components = @Components(responses = {
                @APIResponse(name = ApiDocumentation.BAD_REQUEST, responseCode = "400",
                        description = "Malformed request (e.g. a geocode of the wrong shape)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "malformed", value = """
                                        {"type":"https://cdvl.example/problems/geo.code.malformed","title":"Bad request",\
                                        "status":400,"detail":"'52x' is not a geocode of this kind: it must be 2 digits.",\
                                        "instance":"/api/v1/provinces/52x","code":"geo.code.malformed",\
                                        "errors":[{"field":"code","code":"geo.code.malformed","message":"must be 2 digits"}]}"""))),
                @APIResponse(name = ApiDocumentation.UNAUTHORIZED, responseCode = "401",
                        description = "No bearer token, or one that is expired or not signed by the cdvl realm",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.FORBIDDEN, responseCode = "403",
                        description = "The caller's role may not do this, or the account's area does not fit its role",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.NOT_FOUND, responseCode = "404",
                        description = "Not found, or outside the caller's area",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown geocode", value = """
                                        {"type":"https://cdvl.example/problems/geo.not-found","title":"Not found",\
                                        "status":404,"detail":"No area has the geocode 5299.",\
                                        "instance":"/api/v1/districts/5299","code":"geo.not-found"}"""))),
                @APIResponse(name = ApiDocumentation.CONFLICT, responseCode = "409",
                        description = "The record's state does not allow this (e.g. the sub-district already has an active center)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "sub-district taken", value = """
                                        {"type":"https://cdvl.example/problems/center.subdistrict.taken","title":"Conflict",\
                                        "status":409,"detail":"The sub-district already has an active center.",\
                                        "instance":"/api/v1/centers","code":"center.subdistrict.taken"}"""))),
                @APIResponse(name = ApiDocumentation.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match names an older version: someone else saved first. currentVersion says which is current.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale", value = """
                                        {"type":"https://cdvl.example/problems/version.stale","title":"Precondition failed",\
                                        "status":412,"detail":"Someone else saved this record first (current version 4).",\
                                        "code":"version.stale","currentVersion":4}"""))),
                @APIResponse(name = ApiDocumentation.CONTENT_TOO_LARGE, responseCode = "413",
                        description = "The request body is larger than this operation accepts (e.g. a photo over the size limit)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "photo too large", value = """
                                        {"type":"https://cdvl.example/problems/photo.too-large","title":"Content too large",\
                                        "status":413,"detail":"A photo may be at most 8388608 bytes.",\
                                        "code":"photo.too-large"}"""))),
                @APIResponse(name = ApiDocumentation.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                        description = "The body is not of a type this operation accepts (for photos: judged from the content, not the declared type)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "not an image", value = """
                                        {"type":"https://cdvl.example/problems/photo.type.unsupported","title":"Unsupported media type",\
                                        "status":415,"detail":"Send a JPEG, PNG or WebP image.",\
                                        "code":"photo.type.unsupported"}"""))),
                @APIResponse(name = ApiDocumentation.UNPROCESSABLE, responseCode = "422",
                        description = "Well-formed, but breaks a rule (unknown sub-district, GPS point outside Thailand, ...)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.PRECONDITION_REQUIRED, responseCode = "428",
                        description = "An update without If-Match",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.REQUEST_TIMEOUT, responseCode = "408",
                        description = "The request body did not arrive in time (a connection that sends too slowly); nothing was stored",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "The caller has too many of these requests in flight at once (photo uploads); "
                                + "nothing was stored. Send it again after Retry-After seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.SERVER_ERROR, responseCode = "500",
                        description = "Unexpected failure; logged on the server",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = ApiDocumentation.SERVICE_UNAVAILABLE, responseCode = "503",
                        description = "The database cannot be reached for the moment (a restart or failover; code "
                                + "`service.unavailable`), or the server is at its limit for this kind of work (every photo "
                                + "decoder busy; code `service.busy`). Nothing was changed: send the same request again after "
                                + "Retry-After seconds (a new activity with the same Idempotency-Key).",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "database unavailable", value = """
                                        {"type":"https://cdvl.example/problems/service.unavailable","title":"Service unavailable",\
                                        "status":503,"detail":"The database cannot be reached at the moment. Try again in a few seconds.",\
                                        "instance":"/api/v1/activities","code":"service.unavailable"}""")))
        }))
public class ApiDocumentation extends Application {

    /**
     * How an upload of {@link th.go.cdd.cdvl.common.storage.StoredFiles} is sent and refused; each
     * operation adds the types it takes.
     */
    public static final String FILE_BODY = """
            The body is the file itself, not a form: `curl --data-binary @แบบ.pdf -H 'Content-Type: application/octet-stream' \
            '…?fileName=แบบ.pdf'`. Its type is judged from the content whatever Content-Type or the name says \
            (415 `file.type-unsupported` otherwise); at most 10 MB (413 `file.too-large`), not empty (422 `file.empty`); \
            a body still arriving after 120 s is refused (408). A user sends at most 3 files at once \
            (429 `file.uploads-in-flight`) and the server receives at most 6 (503 `service.busy`), both before the body \
            is read and with Retry-After.""";

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String REQUEST_TIMEOUT = "RequestTimeout";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String SERVER_ERROR = "ServerError";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
}
