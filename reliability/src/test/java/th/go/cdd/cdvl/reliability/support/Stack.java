package th.go.cdd.cdvl.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL, Keycloak and the packaged app, started once for the whole suite. Each run starts
 * from an empty database (migrated by the app, then the Lampang demo data); Keycloak's data is
 * kept between runs because it is slow to build.
 */
public final class Stack {

    private static Stack instance;

    public final Settings settings;
    public final TestPostgres postgres;
    public final TestKeycloak keycloak;
    public final TestApp app;
    /** Another instance on the same database and files, started only by the tests that need two. */
    public final TestApp secondApp;
    public final Api api;
    private OffsetDateTime bootedAt;

    private Stack(Settings settings) {
        this.settings = settings;
        this.postgres = new TestPostgres(settings.dataDir().resolve("postgres"), settings.logs().resolve("postgres.log"),
                settings.pgPort());
        this.keycloak = new TestKeycloak(settings);
        this.app = new TestApp(settings.appJar(), settings.logs().resolve("app.log"), settings.appPort(),
                postgres.jdbcUrl(), keycloak.realmUrl(), keycloak.url(), settings.dataDir().resolve("files"));
        this.secondApp = new TestApp(settings.appJar(), settings.logs().resolve("app-2.log"), settings.appPort() + 1,
                postgres.jdbcUrl(), keycloak.realmUrl(), keycloak.url(), settings.dataDir().resolve("files"));
        this.api = new Api(app.url());
    }

    public static synchronized Stack get() {
        if (instance == null) {
            Stack stack = new Stack(Settings.fromSystemProperties());
            stack.boot();
            instance = stack;
        }
        instance.ensureUp();
        return instance;
    }

    /** Rows created before this instant (the database's clock) are demo data, not the suite's writes. */
    public OffsetDateTime bootedAt() {
        return bootedAt;
    }

    public Path files() {
        return settings.dataDir().resolve("files");
    }

    /** A test that failed half-way may leave something stopped; the next one starts from a whole system. */
    private void ensureUp() {
        keycloak.ensureRunning();
        if (!postgres.isRunning()) {
            postgres.start();
        }
        if (!app.isRunning()) {
            app.start();
        }
    }

    private void boot() {
        app.stopLeftover();
        secondApp.stopLeftover();
        stopLeftoverPostgres();
        deleteRecursively(settings.dataDir().resolve("postgres"));
        deleteRecursively(files());
        postgres.start();
        keycloak.ensureRunning();
        app.start();
        postgres.runScript(settings.demoData());
        bootedAt = ((java.sql.Timestamp) postgres.rows("select now()").get(0).get(0)).toInstant()
                .atOffset(java.time.ZoneOffset.UTC);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            secondApp.stop();
            app.stop();
            postgres.stop();
        }, "stop-reliability-stack"));
    }

    /** A suite killed with -9 leaves its PostgreSQL running on the data directory we are about to delete. */
    private void stopLeftoverPostgres() {
        Path pidFile = settings.dataDir().resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            Optional<ProcessHandle> leftover = lines.findFirst().map(String::trim).map(Long::parseLong)
                    .flatMap(ProcessHandle::of)
                    .filter(p -> p.info().command().orElse("").contains("postgres"));
            if (leftover.isPresent()) {
                new ProcessBuilder("kill", "-INT", Long.toString(leftover.get().pid())).start().waitFor();
                leftover.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the PostgreSQL left over in " + pidFile, e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}
