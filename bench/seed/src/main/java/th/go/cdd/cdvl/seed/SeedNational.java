package th.go.cdd.cdvl.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import th.go.cdd.cdvl.seed.generate.NationalDataSet;
import th.go.cdd.cdvl.seed.generate.Seed;
import th.go.cdd.cdvl.seed.generate.Timeline;
import th.go.cdd.cdvl.seed.keycloak.LoadTestOfficers;
import th.go.cdd.cdvl.seed.load.ImportAudit;
import th.go.cdd.cdvl.seed.load.LoadReport;
import th.go.cdd.cdvl.seed.reference.ReferenceData;

/**
 * Fills an empty CDVL database (schema and deadlines made by the app at its start) with the
 * national data set for load tests, and creates the load-test officers in Keycloak meanwhile.
 * The database part is one transaction: it lands whole or not at all.
 */
public final class SeedNational {

    static final int FAILED = 1;
    static final int NOT_EMPTY = 2;

    private SeedNational() {
    }

    public static void main(String[] args) {
        SeedOptions options;
        try {
            options = SeedOptions.parse(args);
        } catch (SeedOptions.UsageException e) {
            System.out.print((e.getMessage() == null ? "" : e.getMessage() + "\n") + SeedOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : FAILED);
            return;
        }
        try {
            System.exit(run(options));
        } catch (Exception e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("Seed failed: " + cause);
            cause.printStackTrace();
            System.exit(FAILED);
        }
    }

    private static int run(SeedOptions options) throws Exception {
        long t0 = System.nanoTime();
        Timeline timeline;
        try {
            timeline = new Timeline(options.asOf());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return FAILED;
        }
        try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            db.setAutoCommit(false);
            requireSchema(db);
            long centers = count(db, "select count(*) from center");
            ReferenceData reference = ReferenceData.load(db);
            if (centers > 0) {
                if (!options.ifEmpty()) {
                    System.err.printf("The database already holds %,d centers: the seed fills only an empty database."
                            + " Start from scratch (make seed-national FRESH=1), or pass --if-empty to accept it as is.%n", centers);
                    return NOT_EMPTY;
                }
                System.out.printf("The database already holds %,d centers: nothing to load.%n", centers);
                ensureOfficers(options, reference);
                return 0;
            }
            requireDeadlines(reference, timeline);
            System.out.printf("Seeding the national data set: seed %d, data up to %s (FY%d-FY%d)%n", options.seed(),
                    timeline.lastDay(), Timeline.FIRST_YEAR, timeline.currentFiscalYear());
            CompletableFuture<Void> officers = options.skipKeycloak() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> {
                        try {
                            ensureOfficers(options, reference);
                        } catch (Exception e) {
                            throw new CompletionException(e);
                        }
                    });
            LoadReport report = new LoadReport();
            new NationalDataSet(options.seed(), timeline, reference).load(db, report);
            ImportAudit.write(db, Seed.ACTOR, options.seed(), timeline.asOf().toString(), report, (System.nanoTime() - t0) / 1e9);
            long tc = System.nanoTime();
            db.commit();
            System.out.printf("  %-18s %23.1f s%n", "commit", (System.nanoTime() - tc) / 1e9);
            analyze(db);
            officers.join();
        }
        System.out.printf("Done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static void ensureOfficers(SeedOptions options, ReferenceData reference) throws Exception {
        if (options.skipKeycloak()) {
            return;
        }
        LoadTestOfficers.Result r = new LoadTestOfficers(options.keycloakUrl(), options.keycloakAdmin(),
                options.keycloakAdminPassword()).ensure(reference);
        System.out.printf("  %-18s %,10d users %6.1f s  (%d added, %d already there)%n", "keycloak", r.expected(),
                r.seconds(), r.added(), r.skipped());
    }

    /** Fresh statistics, so the app's first queries on the big tables get good plans. */
    private static void analyze(Connection db) throws SQLException {
        long t = System.nanoTime();
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("analyze center, center_member, partner, partner_link, activity, activity_partner, district_report, meeting,"
                    + " meeting_resolution, driving_plan, driving_plan_line, evaluation_visit, evaluation_score");
        }
        System.out.printf("  %-18s %23.1f s%n", "analyze", (System.nanoTime() - t) / 1e9);
    }

    private static void requireSchema(Connection db) throws SQLException {
        if (count(db, "select count(*) from information_schema.tables where table_schema = current_schema()"
                + " and table_name in ('center', 'activity', 'district_report', 'deadline', 'driving_plan', 'evaluation_visit')") < 6) {
            throw new IllegalStateException("The CDVL schema is missing: start the app once on this database so Flyway"
                    + " migrates it (make seed-national does).");
        }
    }

    private static void requireDeadlines(ReferenceData reference, Timeline timeline) {
        for (Timeline.Period p : timeline.periods()) {
            boolean present = reference.deadlines().stream()
                    .anyMatch(d -> d.fiscalYear() == p.fiscalYear() && d.quarter() == p.quarter());
            if (!present) {
                throw new IllegalStateException("No quarterly deadline for FY" + p.fiscalYear() + " Q" + p.quarter()
                        + ": the app creates them at start (DeadlineBootstrap); start it once on this database.");
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
