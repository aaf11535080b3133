package th.go.cdd.cdvl.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Settings of a benchmark run: a system property ({@code -Dbench.x}) wins over the environment
 * ({@code BENCH_X}), which wins over the default. run-bench.sh passes everything explicitly.
 */
public final class Bench {

    private Bench() {
    }

    /** The app under test; only loopback addresses are accepted. */
    public static String baseUrl() {
        return loopback(text("bench.baseUrl", "http://127.0.0.1:18090"));
    }

    /** The Keycloak realm that issues the tokens (the one the app trusts). */
    public static String realmUrl() {
        return loopback(text("bench.realmUrl", "http://127.0.0.1:18190/realms/cdvl"));
    }

    /** Where Prepare writes what it discovered and the tokens, and the simulations read them. */
    public static Path dataDir() {
        return Path.of(text("bench.prepared", "target/bench-prepared")).toAbsolutePath().normalize();
    }

    public static String clientId() {
        return text("bench.clientId", "cdvl-tests");
    }

    /** Password of the generated load users ({@code load.d<district>}, {@code load.p<province>}). */
    public static String loadPassword() {
        return text("bench.loadPassword", "load-test-only");
    }

    /** Password of the realm's demo users. */
    public static String demoPassword() {
        return text("bench.demoPassword", "local-demo-only");
    }

    public static String passwordOf(String username) {
        return username.startsWith("load.") ? loadPassword() : demoPassword();
    }

    public static String text(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(property));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static int integer(String property, int fallback) {
        return Integer.parseInt(text(property, Integer.toString(fallback)));
    }

    public static double decimal(String property, double fallback) {
        return Double.parseDouble(text(property, Double.toString(fallback)));
    }

    /** {@code bench.dashboardRate} → {@code BENCH_DASHBOARD_RATE}. */
    static String envName(String property) {
        String name = property.startsWith("bench.") ? property.substring(6) : property;
        return "BENCH_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** Load goes to this machine only: refuse anything but 127.0.0.1 / localhost / ::1. */
    static String loopback(String url) {
        String host = URI.create(url).getHost();
        if (host == null || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"))) {
            throw new IllegalArgumentException("Benchmarks only run against this machine (127.0.0.1), not " + url);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
