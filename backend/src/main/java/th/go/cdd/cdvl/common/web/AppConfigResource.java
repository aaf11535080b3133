package th.go.cdd.cdvl.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/app-config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "App", description = "Start-up configuration of the web app.")
public class AppConfigResource {

    private final AppConfigView view;

    public AppConfigResource(SignInLocation signIn) {
        this.view = new AppConfigView(signIn.keycloakUrl(), signIn.realm(), signIn.clientId());
    }

    @GET
    @PermitAll
    @Operation(operationId = "getAppConfig", summary = "Where the web app signs in (no token needed)")
    public AppConfigView config() {
        return view;
    }

    @Schema(name = "AppConfigView", requiredProperties = {"keycloakUrl", "realm", "clientId"})
    public record AppConfigView(
            @Schema(examples = "http://localhost:8180") String keycloakUrl,
            @Schema(examples = "cdvl") String realm,
            @Schema(examples = "cdvl-web") String clientId) {
    }
}
