package th.go.cdd.cdvl.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real Keycloak distribution (keycloak-quarkus-dist zip), unpacked once into {@code DIR/keycloak},
 * started with {@code kc.sh start-dev --import-realm}. Its embedded H2 data is wiped whenever the realm
 * file changes, because the import skips realms that already exist.
 */
final class KeycloakService {

    static final String REALM = "cdvl";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final Path baseDir;          // DIR/keycloak
    private final Path realmFile;
    private final int port;
    private final int managementPort;
    private final String version;
    private final Path home;             // DIR/keycloak/keycloak-<version>
    private final Path pidFile;
    private final ManagedProcess process;
    private boolean firstStart;

    KeycloakService(Path baseDir, Path logFile, Path realmFile, int port, int managementPort) {
        this.baseDir = baseDir;
        this.realmFile = realmFile;
        this.port = port;
        this.managementPort = managementPort;
        this.version = keycloakVersion();
        this.home = baseDir.resolve("keycloak-" + version);
        this.pidFile = baseDir.resolve("keycloak.pid");
        this.process = new ManagedProcess("Keycloak", logFile, pidFile);
    }

    void stopLeftover() throws IOException {
        ManagedProcess.stopLeftover(pidFile, "Keycloak", "keycloak");
    }

    void start() throws IOException {
        ManagedProcess.requirePortFree(port, "Keycloak HTTP", "--kc-port");
        ManagedProcess.requirePortFree(managementPort, "Keycloak management", "--kc-management-port");
        unpackOnce();
        String realmHash = prepareRealmImport();

        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port,
                "--import-realm");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // local only: the admin console login is admin/admin
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        System.out.println("Keycloak: starting on " + url() + (firstStart ? " (first start: builds and imports, ~1 min)" : ""));
        process.start(command, home, env);
        process.awaitHttpOk(realmUrl() + "/.well-known/openid-configuration", READY_TIMEOUT);
        Files.writeString(hashFile(), realmHash); // only once the import really happened
    }

    private void unpackOnce() throws IOException {
        Path marker = home.resolve(".cdvl-unpacked");
        if (Files.exists(marker)) {
            return;
        }
        Path zip = findZip();
        long t0 = System.nanoTime();
        System.out.println("Keycloak: unpacking " + zip + " ...");
        deleteRecursively(home);
        Files.createDirectories(baseDir);
        // the zip filesystem exposes the unix permissions stored in the zip, so bin/*.sh stay executable
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> entries = Files.walk(zipFs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path target = baseDir.resolve(entry.toString().substring(1)).normalize();
                if (!target.startsWith(baseDir)) {
                    throw new IOException("Unexpected zip entry " + entry);
                }
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
                    Set<PosixFilePermission> perms = Files.getFileAttributeView(entry, PosixFileAttributeView.class)
                            .readAttributes().permissions();
                    if (perms.contains(PosixFilePermission.OWNER_EXECUTE)) {
                        Files.setPosixFilePermissions(target, perms);
                    }
                }
            }
        }
        if (!Files.isDirectory(home)) {
            throw new LauncherException("The Keycloak zip did not contain keycloak-" + version + "/: " + zip);
        }
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        Files.writeString(marker, zip.toString());
        firstStart = true;
        System.out.printf("Keycloak: unpacked in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private Path findZip() {
        String name = "keycloak-quarkus-dist-" + version + ".zip";
        Path nextToJar = launcherJarDir().resolve(name);
        if (Files.exists(nextToJar)) {
            return nextToJar;
        }
        Path inM2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, name);
        if (Files.exists(inM2)) {
            return inM2;
        }
        throw new LauncherException("Cannot find " + name + " next to the launcher jar or in ~/.m2."
                + " Build the launcher first: cd infra/launcher && mvn -q -B package");
    }

    /** Copies the realm into data/import; wipes the H2 data when the realm file changed since the last import. */
    private String prepareRealmImport() throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new LauncherException("Realm file not found: " + realmFile.toAbsolutePath());
        }
        String hash = sha256(realmFile);
        String previous = Files.exists(hashFile()) ? Files.readString(hashFile()).trim() : "";
        if (!hash.equals(previous)) {
            if (!previous.isEmpty()) {
                System.out.println("Keycloak: realm file changed: wiping Keycloak's data so the new realm is imported");
            }
            deleteRecursively(home.resolve("data/h2"));
            Files.deleteIfExists(hashFile());
        }
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        return hash;
    }

    private Path hashFile() {
        return baseDir.resolve("realm-import.sha256");
    }

    String url() {
        return "http://localhost:" + port;
    }

    String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    boolean wasFirstStart() {
        return firstStart;
    }

    ManagedProcess process() {
        return process;
    }

    void stop() {
        process.stop();
    }

    private static String keycloakVersion() {
        try (InputStream in = KeycloakService.class.getResourceAsStream("/launcher.properties")) {
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("keycloak.version");
        } catch (IOException | NullPointerException e) {
            throw new LauncherException("launcher.properties missing from the launcher jar", e);
        }
    }

    private static Path launcherJarDir() {
        try {
            // target/cdvl-local-launcher.jar (or target/classes when run from an IDE): both give target/
            return Path.of(KeycloakService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            return Path.of(".");
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
