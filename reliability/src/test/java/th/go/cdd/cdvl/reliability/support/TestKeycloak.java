package th.go.cdd.cdvl.reliability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The real Keycloak, run by the local launcher ({@code --no-app --no-postgres}). The script of
 * `make test-reliability` starts it before Maven, so it boots while the suite compiles; run alone
 * (from an IDE), the suite starts it itself. Stopping it means stopping that launcher.
 */
public final class TestKeycloak {

    public static final String PASSWORD = "local-demo-only";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Path readyFile;

    TestKeycloak(Settings settings) {
        this.settings = settings;
        this.readyFile = settings.dataDir().resolve("keycloak.ready");
    }

    public String url() {
        return "http://localhost:" + settings.kcPort();
    }

    public String realmUrl() {
        return url() + "/realms/cdvl";
    }

    public synchronized void ensureRunning() {
        if (answers()) {
            return;
        }
        if (launcherPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()
                && startingLauncher().isEmpty()) {
            startLauncher();
        }
        Waits.until("Keycloak ready at " + url() + " (log: " + settings.logs().resolve("keycloak.log") + ")",
                START_TIMEOUT, () -> Files.exists(readyFile) && answers());
    }

    /** SIGTERM to the launcher, which stops Keycloak and waits for it. */
    public synchronized void stop() {
        ProcessHandle launcher = launcherPid().flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IllegalStateException("No launcher pid in " + readyFile));
        launcher.destroy();
        launcher.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        Waits.until("Keycloak's port closed", Duration.ofSeconds(30), () -> !answers());
    }

    /** A user's access token (password grant of the test-only client; 5 minutes). */
    public String token(String username) {
        return token("cdvl-tests", username);
    }

    /** A token that expires one second after it is issued. */
    public String shortLivedToken(String username) {
        return token("cdvl-tests-short-lived", username);
    }

    /** The password grant; throws IOException when Keycloak cannot be reached. */
    public HttpResponse<String> passwordGrant(String clientId, String username) throws IOException {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", PASSWORD);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private String token(String clientId, String username) {
        try {
            HttpResponse<String> response = passwordGrant(clientId, username);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " "
                        + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak unreachable for a token", e);
        }
    }

    private boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<Long> launcherPid() {
        if (!Files.exists(readyFile)) {
            return Optional.empty();
        }
        try (var in = Files.newBufferedReader(readyFile)) {
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("launcher.pid")).map(Long::parseLong);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The launcher the script started before Maven, still booting Keycloak. */
    private static Optional<ProcessHandle> startingLauncher() {
        return Optional.ofNullable(System.getProperty("reliability.keycloak-launcher-pid"))
                .filter(pid -> !pid.isBlank())
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.trim())))
                .filter(ProcessHandle::isAlive);
    }

    private void startLauncher() {
        try {
            Files.createDirectories(settings.logs());
            Files.deleteIfExists(readyFile);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process launcher = new ProcessBuilder(List.of(java, "-jar", settings.launcherJar().toString(),
                    "--data-dir", settings.dataDir().toString(), "--no-app", "--no-postgres",
                    "--kc-port", Integer.toString(settings.kcPort()),
                    "--kc-management-port", Integer.toString(settings.kcManagementPort()),
                    "--ready-file", readyFile.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("launcher.log").toFile()))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(launcher::destroy, "stop-keycloak-launcher"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the launcher for Keycloak", e);
        }
    }
}
