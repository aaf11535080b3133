package th.go.cdd.cdvl.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * PostgreSQL from zonky's embedded binaries, with its data kept in {@code DIR/postgres} across restarts.
 * Creates role and database {@code cdvl} (password {@code cdvl}) when missing.
 */
final class EmbeddedPostgresService {

    static final String DB_NAME = "cdvl";
    static final String DB_USER = "cdvl";
    static final String DB_PASSWORD = "cdvl";

    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private EmbeddedPostgres postgres; // guarded by this
    private boolean stopped;            // guarded by this: no start after the shutdown hook ran stop()

    EmbeddedPostgresService(Path dataDir, Path logFile, int port) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
    }

    /** A postgres started by a launcher that was killed with -9 keeps running: stop it. */
    void stopLeftover() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(firstLine));
        } catch (NumberFormatException e) {
            return;
        }
        if (handle.isEmpty() || !handle.get().isAlive()
                || !handle.get().info().command().orElse("").contains("postgres")) {
            return; // stale pid file: postgres handles that itself
        }
        System.out.println("Found a PostgreSQL left over from an earlier run (pid " + firstLine + "): stopping it.");
        // SIGINT = PostgreSQL's "fast" shutdown (SIGTERM would wait for clients to disconnect)
        new ProcessBuilder("kill", "-INT", firstLine).inheritIO().start();
        try {
            handle.get().onExit().get(ManagedProcess.STOP_GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            ManagedProcess.stop(handle.get(), "PostgreSQL");
        }
    }

    synchronized void start() throws IOException {
        if (stopped) {
            throw new LauncherException("PostgreSQL not started: the launcher is shutting down");
        }
        ManagedProcess.requirePortFree(port, "PostgreSQL", "--pg-port");
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // LocalLauncher stops it last, after the app
                .setPort(port)
                // zonky passes -F (fsync off) and synchronous_commit=off: we keep data, so turn both back on
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("locale", "C")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        createRoleAndDatabase();
    }

    private void createRoleAndDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", DB_USER)) {
                st.execute("create role " + DB_USER + " login password '" + DB_PASSWORD + "'");
                System.out.println("PostgreSQL: created role " + DB_USER);
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", DB_NAME)) {
                st.execute("create database " + DB_NAME + " owner " + DB_USER + " encoding 'UTF8'");
                System.out.println("PostgreSQL: created database " + DB_NAME);
            }
        } catch (SQLException e) {
            throw new LauncherException("PostgreSQL: could not create role/database " + DB_NAME + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Runs a SQL file as the application's user, in one transaction (the demo data of `make run`). */
    void runScript(Path script) {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl(), DB_USER, DB_PASSWORD);
             Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(Files.readString(script));
            c.commit();
        } catch (SQLException | IOException e) {
            throw new LauncherException("PostgreSQL: could not load " + script + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DB_NAME;
    }

    synchronized void stop() {
        stopped = true;
        EmbeddedPostgres pg = postgres;
        if (pg != null) {
            System.out.println("Stopping PostgreSQL ...");
            try {
                pg.close(); // pg_ctl stop -m fast
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
