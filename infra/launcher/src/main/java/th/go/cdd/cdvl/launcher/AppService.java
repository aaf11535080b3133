package th.go.cdd.cdvl.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The packaged CDVL backend ({@code quarkus-run.jar}), configured through the CDVL_* environment variables. */
final class AppService {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path appJar;
    private final int port;
    private final Path pidFile;
    private final Path filesDir;
    private final ManagedProcess process;

    AppService(Path appJar, Path logFile, Path pidFile, Path filesDir, int port) {
        this.appJar = appJar;
        this.port = port;
        this.pidFile = pidFile;
        this.filesDir = filesDir;
        this.process = new ManagedProcess("App", logFile, pidFile);
    }

    void requireJar() {
        if (!Files.isRegularFile(appJar)) {
            throw new LauncherException("App jar not found: " + appJar.toAbsolutePath()
                    + "\nBuild the backend first (make build), or pass --no-app to start only PostgreSQL and Keycloak.");
        }
    }

    void stopLeftover() throws IOException {
        ManagedProcess.stopLeftover(pidFile, "CDVL app", appJar.getFileName().toString());
    }

    void start(EmbeddedPostgresService postgres, KeycloakService keycloak) throws IOException {
        ManagedProcess.requirePortFree(port, "app", "--app-port");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> env = Map.of(
                "CDVL_HTTP_PORT", Integer.toString(port),
                "CDVL_HTTP_HOST", "127.0.0.1",
                "CDVL_DB_URL", postgres.jdbcUrl(),
                "CDVL_DB_USER", EmbeddedPostgresService.DB_USER,
                "CDVL_DB_PASSWORD", EmbeddedPostgresService.DB_PASSWORD,
                "CDVL_OIDC_URL", keycloak.realmUrl(),
                "CDVL_OIDC_PUBLIC_URL", keycloak.url(),
                "CDVL_STORAGE_PATH", filesDir.toAbsolutePath().toString(),
                "MALLOC_ARENA_MAX", "2");
        System.out.println("App: starting " + appJar + " on " + url());
        // the production memory settings (README, "Memory")
        process.start(List.of(java, "-Xmx224m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError", "-jar",
                appJar.toAbsolutePath().toString()), Path.of("."), env);
        process.awaitHttpOk(url() + "/q/health/ready", READY_TIMEOUT);
    }

    String url() {
        return "http://localhost:" + port;
    }

    ManagedProcess process() {
        return process;
    }

    void stop() {
        process.stop();
    }
}
