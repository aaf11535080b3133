package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.go.cdd.cdvl.reliability.support.Api.Reply;
import th.go.cdd.cdvl.reliability.support.Bodies;
import th.go.cdd.cdvl.reliability.support.HeadlessChromium;
import th.go.cdd.cdvl.reliability.support.Jwt;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Stack;
import th.go.cdd.cdvl.reliability.support.Waits;

/**
 * Keycloak stops. Tokens it issued before keep working until they expire, because the app checks
 * their signature with keys it fetched earlier; forged or expired tokens are still refused; new
 * logins fail, and the web app says so in words instead of leaving the officer on a browser error.
 * Runs last: Keycloak stays down afterwards.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakOutageTest {

    private static Stack stack;
    private static String officer;
    private static String firstUsedAfterTheOutage;
    private static String shortLived;

    @BeforeAll
    static void stopKeycloak() throws IOException {
        stack = Stack.get();
        officer = stack.keycloak.token(Lampang.OFFICER);
        firstUsedAfterTheOutage = stack.keycloak.token(Lampang.NATIONAL);
        shortLived = stack.keycloak.shortLivedToken(Lampang.OFFICER);
        assertThat(stack.api.get("/api/v1/me", officer).status()).as("a token checked before the outage").isEqualTo(200);
        stack.keycloak.stop();
    }

    @Test
    @Order(1)
    void newLoginsFail() {
        assertThatThrownBy(() -> stack.keycloak.passwordGrant("cdvl-tests", Lampang.OFFICER))
                .isInstanceOf(IOException.class);
    }

    @Test
    @Order(2)
    void tokensIssuedBeforeKeepWorking() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(stack.api.get("/api/v1/me", officer).status()).isEqualTo(200);
        }
        UUID center = new Lampang(stack.postgres).centersOf(Lampang.DISTRICT).get(2);
        Reply created = stack.api.post("/api/v1/activities", officer, Bodies.activity(center, "ระหว่าง Keycloak ปิด", 3),
                Map.of("Idempotency-Key", "keycloak-down-" + UUID.randomUUID()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Reply national = stack.api.get("/api/v1/me", firstUsedAfterTheOutage);
        assertThat(national.status()).as("a token the app had not seen before: %s", national).isEqualTo(200);
    }

    @Test
    @Order(3)
    void forgedTokensAreStillRefused() throws Exception {
        String unknownKey = Jwt.withHeader(officer, header -> header.put("kid", "not-a-key-of-the-realm"));
        String widerArea = Jwt.withClaims(officer, claims -> claims.put("area_code", "52"));
        for (String forged : new String[] {unknownKey, widerArea}) {
            long start = System.nanoTime();
            Reply reply = stack.api.get("/api/v1/me", forged);
            assertThat(reply.status()).as("%s", reply).isEqualTo(401);
            assertThat(reply.problemCode()).isEqualTo("auth.unauthenticated");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to refuse").isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    @Order(4)
    void anExpiredTokenIsRefused() throws Exception {
        Instant expiry = Jwt.expiry(shortLived);
        Waits.until("the short-lived token expired", Duration.ofSeconds(30), () -> Instant.now().isAfter(expiry.plusSeconds(2)));
        Reply reply = stack.api.get("/api/v1/me", shortLived);
        assertThat(reply.status()).as("%s", reply).isEqualTo(401);
        assertThat(reply.problemCode()).isEqualTo("auth.unauthenticated");
    }

    @Test
    @Order(5)
    void theWebAppSaysThatSignInIsUnavailable() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.fromSystemProperty();
        assumeTrue(chromium.isInstalled(), "no chromium at " + System.getProperty("reliability.chromium", "/usr/bin/chromium"));
        Reply page = stack.api.get("/", null);
        assumeTrue(page.status() == 200 && page.body().contains("id=\"root\""),
                "the packaged app has no web app in it: build the frontend before packaging (make build)");

        String dom = chromium.renderedDom(stack.app.url() + "/", 20);

        String expected = signInUnavailableText("th");
        assertThat(dom.contains(expected)).as("the page shown while Keycloak is down, titled '%s', says: %s",
                titleOf(dom), expected).isTrue();
    }

    private static String titleOf(String dom) {
        int start = dom.indexOf("<title>");
        int end = dom.indexOf("</title>");
        return start < 0 || end < start ? "" : dom.substring(start + 7, end);
    }

    /** The message in the SPA's own locale file, so the test follows its wording. */
    private static String signInUnavailableText(String language) throws IOException {
        JsonNode common = th.go.cdd.cdvl.reliability.support.Api.JSON.readTree(
                Files.readString(stack.settings.locales().resolve(language).resolve("common.json")));
        return common.path("app").path("signInUnavailable").asText();
    }
}
