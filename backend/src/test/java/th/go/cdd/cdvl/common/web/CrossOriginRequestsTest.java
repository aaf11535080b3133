package th.go.cdd.cdvl.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test profile allows one other web app, https://partner-app.example.go.th. */
@QuarkusTest
class CrossOriginRequestsTest {

    private static final String ALLOWED = "https://partner-app.example.go.th";
    private static final String OTHER = "https://evil.example.com";

    private final List<Response> answers = new ArrayList<>();

    @Test
    void anAllowedOriginMayAskFirstAndThenCall() {
        Response preflight = preflight(ALLOWED, "PUT", "authorization,content-type,if-match");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization", "Content-Type", "If-Match");
        assertThat(preflight.header("Content-Security-Policy")).isNotBlank();

        Response call = remember(given().header("Origin", ALLOWED).get("/api/v1/app-config"));
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(call.header("Access-Control-Expose-Headers")).contains("ETag", "Location");
        assertThat(call.headers().getValues("Vary")).anyMatch(vary -> vary.contains("Origin"));

        // a refusal is readable too, so the other app can show why
        Response refused = remember(given().header("Origin", ALLOWED).get("/api/v1/me"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    }

    @Test
    void anyOtherOriginGetsNoCorsHeaders() {
        for (String origin : new String[] {OTHER, "null", ALLOWED + ".evil.example.com", "http://partner-app.example.go.th"}) {
            Response preflight = preflight(origin, "GET", "authorization");
            assertThat(preflight.header("Access-Control-Allow-Origin")).as(origin).isNull();
            assertThat(preflight.header("Access-Control-Allow-Methods")).as(origin).isNull();
            Response call = remember(given().header("Origin", origin).get("/api/v1/app-config"));
            assertThat(call.header("Access-Control-Allow-Origin")).as(origin).isNull();
        }
    }

    @Test
    void theAppsOwnPagesAreNotOpenedToOtherOrigins() {
        Response page = remember(given().header("Origin", ALLOWED).get("/"));
        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aWildcardOrPatternIsRefusedAtStart() {
        for (String origin : List.of("*", "/.*/", "https://*.example.go.th", "https://app.example.go.th/", "HTTPS://APP.EXAMPLE")) {
            CorsConfig config = () -> Optional.of(Set.of(origin));
            assertThatThrownBy(() -> new CrossOriginRequests(config)).as(origin)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an origin");
        }
    }

    @AfterEach
    void neverAWildcardNorCredentials() {
        for (Response answer : answers) {
            assertThat(answer.header("Access-Control-Allow-Origin")).isNotEqualTo("*");
            assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
        }
    }

    private Response preflight(String origin, String method, String headers) {
        return remember(given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers).options("/api/v1/centers"));
    }

    private Response remember(Response answer) {
        answers.add(answer);
        return answer;
    }
}
