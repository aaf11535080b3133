package th.go.cdd.cdvl.reliability.support;

import java.nio.file.Path;

/**
 * Where the suite runs things: system properties (set by infra/local/test-reliability.sh) with the
 * defaults of `make test-reliability`. Paths are relative to the repository root.
 */
public record Settings(Path dataDir, Path appJar, Path launcherJar, Path demoData, Path locales, Path noiseJpeg, int pgPort,
        int kcPort, int kcManagementPort, int appPort) {

    public static Settings fromSystemProperties() {
        return new Settings(
                path("reliability.data-dir", ".data/reliability"),
                path("reliability.app-jar", "backend/target/quarkus-app/quarkus-run.jar"),
                path("reliability.launcher-jar", "infra/launcher/target/cdvl-local-launcher.jar"),
                path("reliability.demo-data", "infra/local/demo-lampang.sql"),
                path("reliability.locales", "frontend/src/i18n"),
                // the bench's photo maker, so the storm and bench/photo-upload.sh send the same photo
                path("reliability.noise-jpeg", "bench/photos/NoiseJpeg.java"),
                port("reliability.pg-port", 25433),
                port("reliability.kc-port", 28180),
                port("reliability.kc-management-port", 29180),
                port("reliability.app-port", 28080));
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    private static int port(String property, int fallback) {
        return Integer.parseInt(System.getProperty(property, Integer.toString(fallback)));
    }
}
