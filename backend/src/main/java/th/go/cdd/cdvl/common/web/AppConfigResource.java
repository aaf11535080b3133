package th.go.cdd.cdvl.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.go.cdd.cdvl.activity.ActivityPhotoService;
import th.go.cdd.cdvl.activity.PhotoConfig;
import th.go.cdd.cdvl.geo.GeoService;

/**
 * What the SPA needs before it starts: where it signs in, and the server's limits that are
 * configuration or code rather than Bean Validation (so not in the contract), so that its forms
 * check what the server will check without keeping a copy.
 */
@Path("/api/v1/app-config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App", description = "Start-up configuration of the web app.")
public class AppConfigResource {

    private final AppConfigView view;

    public AppConfigResource(SignInLocation signIn, PhotoConfig photos) {
        this.view = new AppConfigView(signIn.keycloakUrl(), signIn.realm(), signIn.clientId(),
                new PhotoLimits(photos.maxBytes(), photos.maxPerActivity(), ActivityPhotoService.ACCEPTED_TYPES),
                GeoService.THAILAND);
    }

    @GET
    @PermitAll
    @Operation(operationId = "getAppConfig", summary = "Where the web app signs in, and the server's limits its forms check (no token needed)")
    public AppConfigView config() {
        return view;
    }

    @Schema(name = "AppConfigView", requiredProperties = {"keycloakUrl", "realm", "clientId", "photos", "thailand"})
    public record AppConfigView(
            @Schema(examples = "http://localhost:8180") String keycloakUrl,
            @Schema(examples = "cdvl") String realm,
            @Schema(examples = "cdvl-web") String clientId,
            PhotoLimits photos,
            @Schema(description = "The box a GPS point must lie in (geo.point.outside-thailand)") GeoService.Bounds thailand) {
    }

    @Schema(name = "PhotoLimits", requiredProperties = {"maxBytes", "maxPerActivity", "acceptedTypes"})
    public record PhotoLimits(
            @Schema(description = "Largest photo in bytes (photo.too-large)", examples = "8388608") long maxBytes,
            @Schema(description = "Photos one activity may have (photo.limit-reached)", examples = "10") int maxPerActivity,
            @Schema(description = "Media types accepted, judged from the content (photo.type.unsupported)") List<String> acceptedTypes) {
    }
}
