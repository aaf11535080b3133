package th.go.cdd.cdvl.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import th.go.cdd.cdvl.seed.generate.SeedClock;

/** The command line of cdvl-seed.jar. */
record SeedOptions(String dbUrl, String dbUser, String dbPassword, long seed, String keycloakUrl, String keycloakAdmin,
        String keycloakAdminPassword, boolean skipKeycloak, boolean ifEmpty, LocalDate asOf) {

    static final String USAGE = """
            Usage: java -jar bench/seed/target/cdvl-seed.jar [options]
              --db-url URL                    JDBC URL (default jdbc:postgresql://localhost:15440/cdvl)
              --db-user USER                  (default cdvl)
              --db-password PASSWORD          (default cdvl)
              --seed N                        the data set is a function of the seed (default 42)
              --keycloak-url URL              Keycloak base URL (default http://localhost:18190)
              --keycloak-admin USER           master-realm admin (default admin)
              --keycloak-admin-password PW    (default admin)
              --skip-keycloak                 do not create the load-test officers
              --if-empty                      on a database that already has centers, do nothing and exit 0
                                              (only missing load-test officers are created again)
              --as-of YYYY-MM-DD              the data set ends the day before (default: today in Thailand);
                                              FY2567-2569 do not depend on it, the current quarter does
            Exit codes: 0 done, 1 failure, 2 the database already holds centers (without --if-empty).
            """;

    static SeedOptions parse(String[] args) {
        String dbUrl = "jdbc:postgresql://localhost:15440/cdvl";
        String dbUser = "cdvl";
        String dbPassword = "cdvl";
        long seed = 42;
        String keycloakUrl = "http://localhost:18190";
        String keycloakAdmin = "admin";
        String keycloakAdminPassword = "admin";
        boolean skipKeycloak = false;
        boolean ifEmpty = false;
        LocalDate asOf = LocalDate.now(SeedClock.BANGKOK);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--skip-keycloak" -> skipKeycloak = true;
                case "--if-empty" -> ifEmpty = true;
                case "-h", "--help" -> throw new UsageException(null);
                default -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("Unknown option or missing value: " + arg);
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--db-url" -> dbUrl = value;
                        case "--db-user" -> dbUser = value;
                        case "--db-password" -> dbPassword = value;
                        case "--seed" -> seed = number(value);
                        case "--keycloak-url" -> keycloakUrl = value;
                        case "--keycloak-admin" -> keycloakAdmin = value;
                        case "--keycloak-admin-password" -> keycloakAdminPassword = value;
                        case "--as-of" -> asOf = date(value);
                        default -> throw new UsageException("Unknown option: " + arg);
                    }
                }
            }
        }
        return new SeedOptions(dbUrl, dbUser, dbPassword, seed, keycloakUrl, keycloakAdmin, keycloakAdminPassword,
                skipKeycloak, ifEmpty, asOf);
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number: " + value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2026-11-25: " + value);
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
