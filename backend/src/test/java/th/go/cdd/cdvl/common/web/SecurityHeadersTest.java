package th.go.cdd.cdvl.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void theAppAndItsDeepLinksRunOnlyTheirOwnScriptsAndTalkOnlyToTheirKeycloak() {
        String keycloak = SignInLocation.originOf(given().get("/api/v1/app-config").then().statusCode(200)
                .extract().<String>path("keycloakUrl")).orElseThrow();
        for (String path : new String[] {"/", "/centers/0f8fad5b-d9cb-469f-a165-70867728950e", "/geo/52/5201"}) {
            Response answer = given().redirects().follow(false).get(path);
            Map<String, String> csp = directives(answer.header("Content-Security-Policy"));
            assertThat(csp).as(path).containsEntry("default-src", "'self'")
                    .containsEntry("script-src", "'self'")
                    .containsEntry("object-src", "'none'")
                    .containsEntry("frame-ancestors", "'none'")
                    .containsEntry("img-src", "'self' data: blob: https://tile.openstreetmap.org");
            assertThat(csp.get("connect-src")).as(path).isEqualTo("'self' " + keycloak);
            assertThat(csp.get("frame-src")).as(path).isEqualTo("'self' " + keycloak);
            assertThat(csp.get("style-src")).as(path).isEqualTo("'self' 'unsafe-inline'");
            assertCommonHeaders(answer, path);
        }
    }

    @Test
    void apiAnswersAndTheirProblemsAreNeverAPageABrowserWouldRun() {
        for (Response answer : new Response[] {given().get("/api/v1/app-config"), given().get("/api/v1/me"),
            given().get("/api/v1/no-such-thing")}) {
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.header("Cache-Control")).as("api " + answer.statusCode()).isEqualTo("no-store");
            assertCommonHeaders(answer, "api " + answer.statusCode());
        }
    }

    @Test
    void hstsOnlyForRequestsThatArrivedOverHttps() {
        Response forwarded = given().header("X-Forwarded-Proto", "https").get("/api/v1/app-config");
        assertThat(forwarded.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(given().get("/api/v1/app-config").header("Strict-Transport-Security")).isNull();
        assertThat(given().header("X-Forwarded-Proto", "http").get("/").header("Strict-Transport-Security")).isNull();
        // switched off (CDVL_HSTS empty): none even over https
        assertThat(SecurityHeaders.hsts(Optional.of(""), "https")).isEmpty();
        assertThat(SecurityHeaders.hsts(Optional.empty(), "https")).isEmpty();
        assertThat(SecurityHeaders.hsts(Optional.of("max-age=60"), "http")).isEmpty();
        assertThat(SecurityHeaders.hsts(Optional.of("max-age=60"), "https")).contains("max-age=60");
    }

    @Test
    void managementPagesMayNotBeFramed() {
        Response answer = given().get("/q/health/live");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        assertCommonHeaders(answer, "/q/health/live");
    }

    @Test
    void thePolicyNamesNoOtherHostWhenKeycloakIsOnThisOriginAndMapsHaveNoTiles() {
        assertThat(SecurityHeaders.appPolicy(SignInLocation.originOf("/auth"), Optional.empty()))
                .contains("img-src 'self' data: blob:;", "connect-src 'self';", "frame-src 'self';")
                .doesNotContain("http");
        assertThat(SignInLocation.originOf("https://SSO.example.go.th:8443/auth/")).contains("https://sso.example.go.th:8443");
    }

    private static void assertCommonHeaders(Response answer, String what) {
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Permissions-Policy")).as(what).contains("camera=(self)", "geolocation=(self)", "microphone=()");
    }

    private static Map<String, String> directives(String policy) {
        assertThat(policy).isNotBlank();
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : "",
                        (a, b) -> a, LinkedHashMap::new));
    }
}
