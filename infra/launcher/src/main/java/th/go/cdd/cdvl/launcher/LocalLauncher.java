package th.go.cdd.cdvl.launcher;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts PostgreSQL (embedded), Keycloak and the CDVL app for local use, prints where everything is,
 * and stops all of it cleanly on Ctrl-C / SIGTERM. Paths are relative to the current directory (the repo root).
 */
public final class LocalLauncher {

    private static final String DEMO_PASSWORD = "local-demo-only";

    record Options(Path dataDir, int pgPort, int kcPort, int kcManagementPort, int appPort, Path appJar,
                   boolean noApp, boolean noPostgres, boolean fresh, Path readyFile, Path realmFile, Path demoData) {

        static final String USAGE = """
                Usage: java -jar infra/launcher/target/cdvl-local-launcher.jar [options]   (run from the repo root)
                  --data-dir DIR            data of PostgreSQL, Keycloak and logs (default .data/run)
                  --pg-port N               PostgreSQL port (default 15432, env CDVL_PG_PORT)
                  --kc-port N               Keycloak HTTP port (default 8180, env CDVL_KC_PORT)
                  --kc-management-port N    Keycloak management port (default 9180, env CDVL_KC_MANAGEMENT_PORT)
                  --app-port N              app port (default 8080, env CDVL_APP_PORT)
                  --app-jar FILE            default backend/target/quarkus-app/quarkus-run.jar
                  --no-app                  start only PostgreSQL and Keycloak
                  --no-postgres             with --no-app: start only Keycloak (PostgreSQL runs elsewhere)
                  --fresh                   delete DIR first (all local data)
                  --ready-file FILE         written (URLs as key=value) once everything is up, deleted on stop
                  --realm FILE              default infra/keycloak/cdvl-realm.json
                  --demo-data FILE          SQL run once the app has migrated the schema (idempotent demo data)
                """;

        static Options parse(String[] args, Map<String, String> env) {
            Path dataDir = Path.of(".data/run");
            int pgPort = port(env.get("CDVL_PG_PORT"), 15432, "CDVL_PG_PORT");
            int kcPort = port(env.get("CDVL_KC_PORT"), 8180, "CDVL_KC_PORT");
            int kcManagementPort = port(env.get("CDVL_KC_MANAGEMENT_PORT"), 9180, "CDVL_KC_MANAGEMENT_PORT");
            int appPort = port(env.get("CDVL_APP_PORT"), 8080, "CDVL_APP_PORT");
            Path appJar = Path.of("backend/target/quarkus-app/quarkus-run.jar");
            Path readyFile = null;
            Path realmFile = Path.of("infra/keycloak/cdvl-realm.json");
            Path demoData = null;
            boolean noApp = false;
            boolean noPostgres = false;
            boolean fresh = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--no-app" -> noApp = true;
                    case "--no-postgres" -> noPostgres = true;
                    case "--fresh" -> fresh = true;
                    case "-h", "--help" -> throw new LauncherException(USAGE);
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new LauncherException("Unknown option or missing value: " + arg + "\n" + USAGE);
                        }
                        String value = args[++i];
                        switch (arg) {
                            case "--data-dir" -> dataDir = Path.of(value);
                            case "--pg-port" -> pgPort = port(value, 0, arg);
                            case "--kc-port" -> kcPort = port(value, 0, arg);
                            case "--kc-management-port" -> kcManagementPort = port(value, 0, arg);
                            case "--app-port" -> appPort = port(value, 0, arg);
                            case "--app-jar" -> appJar = Path.of(value);
                            case "--ready-file" -> readyFile = Path.of(value).toAbsolutePath();
                            case "--realm" -> realmFile = Path.of(value);
                            case "--demo-data" -> demoData = Path.of(value).toAbsolutePath().normalize();
                            default -> throw new LauncherException("Unknown option: " + arg + "\n" + USAGE);
                        }
                    }
                }
            }
            if (noPostgres && !noApp) {
                throw new LauncherException("--no-postgres needs --no-app: the app needs the launcher's PostgreSQL.\n" + USAGE);
            }
            return new Options(dataDir.toAbsolutePath().normalize(), pgPort, kcPort, kcManagementPort, appPort,
                    appJar.toAbsolutePath().normalize(), noApp, noPostgres, fresh, readyFile,
                    realmFile.toAbsolutePath().normalize(), demoData);
        }

        private static int port(String value, int fallback, String what) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.trim());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new LauncherException("Not a port number for " + what + ": " + value);
        }
    }

    private final Options options;
    private final EmbeddedPostgresService postgres;
    private final KeycloakService keycloak;
    private final AppService app;
    private volatile boolean shuttingDown;

    LocalLauncher(Options options) {
        this.options = options;
        Path logs = options.dataDir().resolve("logs");
        this.postgres = options.noPostgres() ? null : new EmbeddedPostgresService(options.dataDir().resolve("postgres"),
                logs.resolve("postgres.log"), options.pgPort());
        this.keycloak = new KeycloakService(options.dataDir().resolve("keycloak"), logs.resolve("keycloak.log"),
                options.realmFile(), options.kcPort(), options.kcManagementPort());
        this.app = options.noApp() ? null : new AppService(options.appJar(), logs.resolve("app.log"),
                options.dataDir().resolve("app.pid"), options.dataDir().resolve("files"), options.appPort());
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, System.getenv());
            new LocalLauncher(options).run();
        } catch (CompletionException e) {
            fail(e.getCause() != null ? e.getCause() : e);
        } catch (Exception e) {
            fail(e);
        }
    }

    private static void fail(Throwable e) {
        if (e instanceof LauncherException && e.getMessage().startsWith("Usage:")) {
            System.out.print(e.getMessage());
            System.exit(0);
        } else if (e instanceof LauncherException) {
            System.err.println(e.getMessage());
            System.exit(1);
        } else {
            System.err.println("Launcher failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        if (app != null) {
            app.requireJar();
        }
        Files.createDirectories(options.dataDir());
        if (options.readyFile() != null) {
            Files.deleteIfExists(options.readyFile());
        }
        // a launcher killed with -9 leaves its children running: stop them before touching their data
        if (app != null) {
            app.stopLeftover();
        }
        keycloak.stopLeftover();
        if (postgres != null) {
            postgres.stopLeftover();
        }
        if (options.fresh()) {
            System.out.println("--fresh: deleting " + options.dataDir());
            KeycloakService.deleteRecursively(options.dataDir());
            Files.createDirectories(options.dataDir());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "cdvl-launcher-shutdown"));
        warnIfSigintIgnored();

        System.out.println("Data and logs: " + options.dataDir());
        // PostgreSQL takes seconds, Keycloak up to a minute: start both at once
        CompletableFuture<Double> pgStarted = postgres == null ? CompletableFuture.completedFuture(0.0)
                : CompletableFuture.supplyAsync(() -> timed(postgres::start));
        CompletableFuture<Double> kcStarted = CompletableFuture.supplyAsync(() -> timed(keycloak::start));
        failFast(pgStarted, kcStarted);
        if (postgres != null) {
            System.out.printf("PostgreSQL ready in %.1f s on port %d%n", pgStarted.join(), options.pgPort());
        }
        System.out.printf("Keycloak ready in %.1f s%s%n", kcStarted.join(),
                keycloak.wasFirstStart() ? " (first start: unpack + build + realm import)" : "");
        if (app != null) {
            double appSeconds = timed(() -> app.start(postgres, keycloak));
            System.out.printf("App ready in %.1f s%n", appSeconds);
            if (options.demoData() != null) {
                postgres.runScript(options.demoData());
                System.out.println("Demo data loaded from " + options.demoData().getFileName());
            }
        }
        System.out.printf("All up in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        printBanner();
        writeReadyFile();
        watchChildren();
    }

    /**
     * A shell starts background jobs ({@code cmd &}, e.g. in a Makefile recipe) with SIGINT ignored, and the JVM
     * cannot handle an ignored SIGINT: Ctrl-C/kill -INT then does nothing. Say so; SIGTERM always works.
     */
    private static void warnIfSigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:") && (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0) {
                    System.out.println("Note: started with SIGINT ignored (a background job): stop it with kill "
                            + ProcessHandle.current().pid() + " (SIGTERM), not Ctrl-C.");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: nothing to check
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double timed(Step step) {
        long t = System.nanoTime();
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Waits for all futures, but reports the first failure at once instead of waiting for the slow ones. */
    private static void failFast(CompletableFuture<?>... futures) throws Exception {
        CompletableFuture<Void> firstFailureOrAll = new CompletableFuture<>();
        for (CompletableFuture<?> f : futures) {
            f.whenComplete((ok, error) -> {
                if (error != null) {
                    firstFailureOrAll.completeExceptionally(error);
                }
            });
        }
        CompletableFuture.allOf(futures).thenRun(() -> firstFailureOrAll.complete(null));
        try {
            firstFailureOrAll.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    /** Blocks while everything runs; if Keycloak or the app dies on its own, stops the rest and exits non-zero. */
    private void watchChildren() {
        List<CompletableFuture<?>> exits = new ArrayList<>();
        keycloak.process().process().ifPresent(p -> exits.add(p.onExit()));
        if (app != null) {
            app.process().process().ifPresent(p -> exits.add(p.onExit()));
        }
        CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new)).join();
        if (shuttingDown) {
            return;
        }
        String which = app != null && !app.process().isAlive() ? "App" : "Keycloak";
        ManagedProcess dead = "App".equals(which) ? app.process() : keycloak.process();
        System.err.println(which + " exited unexpectedly.\n" + dead.lastLines(40));
        System.exit(1);
    }

    private void shutdown() {
        shuttingDown = true;
        System.out.println();
        System.out.println("Shutting down ...");
        if (app != null) {
            app.stop();
        }
        keycloak.stop();
        if (postgres != null) {
            postgres.stop();
        }
        if (options.readyFile() != null) {
            try {
                Files.deleteIfExists(options.readyFile());
            } catch (IOException ignored) {
                // best effort
            }
        }
        System.out.println("Stopped. Data kept in " + options.dataDir());
    }

    private void writeReadyFile() throws IOException {
        if (options.readyFile() == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (app != null) {
            sb.append("app.url=").append(app.url()).append('\n');
        }
        sb.append("keycloak.url=").append(keycloak.url()).append('\n')
                .append("keycloak.realm.url=").append(keycloak.realmUrl()).append('\n');
        if (postgres != null) {
            sb.append("postgres.jdbc.url=").append(postgres.jdbcUrl()).append('\n');
        }
        sb.append("launcher.pid=").append(ProcessHandle.current().pid()).append('\n');
        if (options.readyFile().getParent() != null) {
            Files.createDirectories(options.readyFile().getParent());
        }
        Path tmp = options.readyFile().resolveSibling(options.readyFile().getFileName() + ".tmp");
        Files.writeString(tmp, sb);
        Files.move(tmp, options.readyFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @SuppressWarnings("unchecked")
    private void printBanner() throws IOException {
        Map<String, Object> realm = JSON.std.mapFrom(Files.readString(options.realmFile()));
        String line = "=".repeat(78);
        StringBuilder b = new StringBuilder().append('\n').append(line).append('\n')
                .append(" CDVL Centers is running (local development only)\n").append(line).append('\n');
        if (app != null) {
            b.append(String.format(" App                %s/%n", app.url()))
                    .append(String.format(" API docs           %s/q/swagger-ui%n", app.url()))
                    .append(String.format(" OpenAPI document   %s/q/openapi%n", app.url()));
        } else {
            b.append(" App                not started (--no-app)\n");
        }
        b.append(String.format(" Keycloak admin     %s/admin/master/console/#/%s   (admin / admin, local only)%n",
                        keycloak.url(), KeycloakService.REALM))
                .append(String.format(" Realm (issuer)     %s%n", keycloak.realmUrl()))
                .append(postgres == null ? " PostgreSQL         not started (--no-postgres)\n"
                        : String.format(" PostgreSQL         psql -h localhost -p %d -U %s %s   (password %s)%n",
                        options.pgPort(), EmbeddedPostgresService.DB_USER, EmbeddedPostgresService.DB_NAME,
                        EmbeddedPostgresService.DB_PASSWORD))
                .append(String.format(" Logs               %s%n", options.dataDir().resolve("logs")))
                .append('\n')
                .append(String.format(" Demo logins (password for all: %s; local only)%n", DEMO_PASSWORD))
                .append(String.format("   %-20s %-18s %s%n", "username", "role", "area_code"));
        for (Map<String, Object> user : (List<Map<String, Object>>) realm.getOrDefault("users", List.of())) {
            String username = String.valueOf(user.get("username"));
            if (user.containsKey("serviceAccountClientId")) {
                continue;
            }
            List<String> roles = new ArrayList<>((List<String>) user.getOrDefault("realmRoles", List.of()));
            roles.removeIf(r -> r.startsWith("default-roles-"));
            Map<String, List<String>> attributes = (Map<String, List<String>>) user.getOrDefault("attributes", Map.of());
            List<String> area = attributes.getOrDefault("area_code", List.of());
            b.append(String.format("   %-20s %-18s %s%n", username, String.join(",", roles),
                    area.isEmpty() ? "(national)" : area.get(0)));
        }
        String secret = ((List<Map<String, Object>>) realm.getOrDefault("clients", List.of())).stream()
                .filter(c -> "demo-gov-system".equals(c.get("clientId")))
                .map(c -> String.valueOf(c.get("secret"))).findFirst().orElse(null);
        if (secret != null) {
            String api = app != null ? app.url() : "http://localhost:" + options.appPort();
            b.append('\n').append(" Another government system (client credentials, role api-client):\n")
                    .append(String.format("   TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=demo-gov-system \\%n"))
                    .append(String.format("     -d client_secret=%s \\%n", secret))
                    .append(String.format("     %s/protocol/openid-connect/token | jq -r .access_token)%n", keycloak.realmUrl()))
                    .append(String.format("   curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/provinces%n", api));
        }
        b.append(line).append('\n').append(" Ctrl-C stops everything; data is kept for the next start.\n").append(line);
        System.out.println(b);
    }
}
