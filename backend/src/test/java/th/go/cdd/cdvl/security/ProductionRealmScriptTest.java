package th.go.cdd.cdvl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs infra/keycloak/make-production-realm.sh on the real realm file and checks what it promises. */
class ProductionRealmScriptTest {

    private static JsonNode realm;

    @BeforeAll
    static void runScript() throws Exception {
        File script = new File("../infra/keycloak/make-production-realm.sh");
        assertTrue(script.isFile(), "script not found from " + new File(".").getAbsolutePath());
        Process process = new ProcessBuilder("bash", script.getPath(), "https://cdvl.example.go.th")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "script failed");
        realm = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void passwordPolicy() {
        String policy = realm.path("passwordPolicy").asText();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(policy.contains("passwordHistory(5)"), policy);
    }

    @Test
    void bruteForceDetection() {
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertFalse(realm.path("permanentLockout").asBoolean(true));
        assertTrue(realm.path("failureFactor").asInt() > 0);
        assertTrue(realm.path("waitIncrementSeconds").asInt() > 0);
        assertTrue(realm.path("maxFailureWaitSeconds").asInt() >= realm.path("waitIncrementSeconds").asInt());
    }

    @Test
    void loginAndAdminEventsWithExpiry() {
        assertTrue(realm.path("eventsEnabled").asBoolean());
        assertTrue(realm.path("eventsExpiration").asLong() > 0);
        assertTrue(realm.path("adminEventsEnabled").asBoolean());
        assertTrue(realm.path("adminEventsDetailsEnabled").asBoolean());
    }

    @Test
    void noOfflineAccessForTheApp() {
        // Keycloak adds offline_access to the default roles on import unless the file lists all client
        // scopes; the script therefore takes the offline_access scope away from every client instead.
        for (JsonNode client : realm.path("clients")) {
            assertTrue(client.has("optionalClientScopes"), client.path("clientId").asText());
            for (JsonNode scope : client.path("optionalClientScopes")) {
                assertFalse(scope.asText().equals("offline_access"), client.path("clientId").asText());
            }
        }
        for (JsonNode role : realm.path("defaultRole").path("composites").path("realm")) {
            assertFalse(role.asText().equals("offline_access"));
        }
    }

    @Test
    void demoUsersAndSecretsGone() {
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(user -> users.add(user.path("username").asText()));
        assertTrue(users.stream().noneMatch(name -> name.startsWith("demo.") || name.contains("demo-gov-system")), users.toString());
        List<String> clients = new ArrayList<>();
        realm.path("clients").forEach(client -> clients.add(client.path("clientId").asText()));
        assertTrue(clients.contains("cdvl-web"));
        assertTrue(clients.stream().noneMatch(id -> id.startsWith("cdvl-tests") || id.equals("demo-gov-system")), clients.toString());
        String text = realm.toString();
        assertFalse(text.contains("local-demo-only"));
        assertFalse(text.contains("demo-gov-system-secret-local-only"));
        assertFalse(text.contains("localhost"));
    }
}
