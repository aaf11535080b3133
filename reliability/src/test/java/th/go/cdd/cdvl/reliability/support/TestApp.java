package th.go.cdd.cdvl.reliability.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as production runs it: {@code java -jar quarkus-run.jar}, configured only through the
 * CDVL_* environment. {@link #kill()} is a kill -9: no shutdown hook, no graceful drain.
 */
public final class TestApp {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();

    private final Path jar;
    private final Path log;
    private final Path pidFile;
    private final Map<String, String> environment;
    private final String url;
    private Process process;

    TestApp(Path jar, Path log, int port, String jdbcUrl, String realmUrl, String keycloakUrl, Path files) {
        this.jar = jar;
        this.log = log;
        this.pidFile = log.resolveSibling(log.getFileName().toString().replace(".log", ".pid"));
        this.url = "http://localhost:" + port;
        this.environment = Map.ofEntries(
                Map.entry("CDVL_HTTP_PORT", Integer.toString(port)),
                Map.entry("CDVL_HTTP_HOST", "127.0.0.1"),
                Map.entry("CDVL_DB_URL", jdbcUrl),
                Map.entry("CDVL_DB_USER", TestPostgres.USER),
                Map.entry("CDVL_DB_PASSWORD", TestPostgres.PASSWORD),
                Map.entry("CDVL_OIDC_URL", realmUrl),
                Map.entry("CDVL_OIDC_PUBLIC_URL", keycloakUrl),
                Map.entry("CDVL_STORAGE_PATH", files.toString()),
                Map.entry("CDVL_PHOTO_UPLOAD_FOLDER", files.resolveSibling("uploads").toString()),
                // UploadStormTest: trickling bodies are given up on sooner than in production (120 s), and
                // four officers may each send more at once than in production (3), so that the storm
                // reaches the decoders and the heap, not only the per-user limit
                Map.entry("CDVL_PHOTO_BODY_TIMEOUT", "20S"),
                Map.entry("CDVL_PHOTO_UPLOADS_PER_USER", "12"),
                // the suite runs the reminder pass itself, many times at once
                Map.entry("CDVL_REMINDER_CRON", "off"),
                // a hung database (DatabaseOutageTest) is given up on sooner than in production (30 s)
                Map.entry("CDVL_DB_SOCKET_TIMEOUT", "3"));
    }

    /** Starts the app and waits until it reports ready (database migrated and reachable). */
    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar
                    + ": run ./mvnw -B -f backend/pom.xml package -DskipTests (or make build) first");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== starting the app ====\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // the production memory settings (README, "Memory")
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx224m", "-XX:+UseParallelGC",
                    "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("The app did not start", e);
        }
        awaitReady();
    }

    /** An app from a suite run that was itself killed would hold the port: stop it. */
    void stopLeftover() {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().orElse("").contains(jar.getFileName().toString()))
                    .ifPresent(p -> {
                        p.destroyForcibly();
                        p.onExit().join();
                    });
            Files.delete(pidFile);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Could not check " + pidFile, e);
        }
    }

    /** kill -9. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
        process = null;
    }

    /** SIGTERM, as an orchestrator stops it. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
        process = null;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String url() {
        return url;
    }

    /** Where the log ends now; {@link #logSince} reads what came after. */
    public long logPosition() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            return 0;
        }
    }

    public String logSince(long position) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - position)];
            file.seek(position);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited during start (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
            Waits.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("The app was not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
