package th.go.cdd.cdvl.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where browsers sign in: the Keycloak the SPA is sent to, its realm and client. The app-config
 * endpoint tells the SPA, and the content security policy admits exactly this Keycloak.
 */
@ApplicationScoped
public class SignInLocation {

    private static final String REALMS = "/realms/";

    private final String keycloakUrl;
    private final String realm;
    private final String clientId;

    public SignInLocation(WebConfig web, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        int realmsAt = authServerUrl.indexOf(REALMS);
        this.realm = authServerUrl.substring(realmsAt + REALMS.length()).replaceAll("/+$", "");
        this.keycloakUrl = web.keycloakUrl().orElse(authServerUrl.substring(0, realmsAt));
        this.clientId = web.clientId();
    }

    public String keycloakUrl() {
        return keycloakUrl;
    }

    public String realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    /** {@code scheme://host[:port]} of the Keycloak URL; empty when it is a path on this app's own origin. */
    public Optional<String> keycloakOrigin() {
        return originOf(keycloakUrl);
    }

    static Optional<String> originOf(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }
}
