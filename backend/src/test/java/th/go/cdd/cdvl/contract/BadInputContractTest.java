package th.go.cdd.cdvl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.contract.BadInputs.Probe;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;
import th.go.cdd.cdvl.contract.OpenApiContract.Operation;
import th.go.cdd.cdvl.contract.Wire.Answer;
import th.go.cdd.cdvl.testsupport.TestClock;

/**
 * Every operation of the contract, fed thousands of bad requests built from a fixed seed (see
 * {@link BadInputs}), answers each with a 4xx problem — never a 5xx, never a bare error page, never
 * a 401/403 the caller's roles do not explain — and no refused request changes any data. A variant
 * that happens to be valid (an extra field ignored, Thai text accepted) may succeed: it is counted,
 * and its writes are listed, but a 2xx GET must not have written anything either.
 *
 * <p>The records sit in Chiang Rai (57), which no other test uses, so requests that succeed change
 * nothing another test looks at; global settings are only touched for FY2571 and a 2028 holiday,
 * and the application clock stands still on a day without reminders.
 */
@QuarkusTest
class BadInputContractTest {

    static final long SEED = 0x5EED_2026_1125L;
    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static final Set<String> ACTIONS = Set.of("status", "submit", "accept", "return", "reopen", "operation-period");

    @Inject
    ContractFixtures fixtures;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @TestHTTPResource("/")
    URL root;

    /** A day no reminder falls due, so the probes of POST /reminders/run send nothing whatever the date. */
    @BeforeEach
    void quietDay() {
        clock.set(OffsetDateTime.parse("2027-01-20T10:00:00+07:00"));
    }

    /**
     * Office e-mails the probes happened to set would be mailed by the reminder job of later tests;
     * the holiday only exists for the probes.
     */
    @AfterEach
    void forgetContactsAndHoliday() throws SQLException {
        clock.reset();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from office_contact where area_code like '57%'");
            statement.executeUpdate("delete from holiday where holiday_on = date '" + ContractFixtures.HOLIDAY + "'");
        }
    }

    @Test
    @TestSecurity(user = "contract.admin", roles = {"admin", "national"})
    void everyOperationRefusesBadInputOfAnAllPowerfulCaller() {
        Run run = run("admin+national", Set.of("admin", "national"), fixtures.in("570101", "เชียงราย"), 1.0);
        assertThat(run.requests).as("requests sent").isGreaterThan(8_500);
        run.assertClean();
    }

    @Test
    @TestSecurity(user = "contract.district5702", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5702"))
    void everyOperationRefusesBadInputOfADistrictOfficer() {
        Run run = run("district-officer 5702", Set.of("district-officer"), fixtures.in("570202", "เวียงชัย"), 0.2);
        assertThat(run.requests).as("requests sent").isGreaterThan(1_500);
        run.assertClean();
    }

    /**
     * Requests beyond the HTTP server's own limits — a request line over 4096 bytes, headers over
     * 20 KB, a body over 10 MB — are refused before the application sees them: 414, 431 and 413
     * (the last as a problem, by BodyLimitProblem). Never a 5xx, and the server carries on.
     * Vert.x writes the 414 and 431 itself, without a problem body: printed, not failed.
     */
    @Test
    @TestSecurity(user = "contract.admin", roles = {"admin", "national"})
    void requestsBeyondTheServersLimitsAreRefusedAndTheServerCarriesOn() {
        BadInputs inputs = new BadInputs(CONTRACT, fixtures.in("570103", "บ้านดู่"));
        Wire wire = new Wire(root.toString());
        Map<String, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Operation op : CONTRACT.operations()) {
            Probe valid = inputs.valid(op);
            String longQuery = valid.target() + (valid.target().contains("?") ? "&" : "?") + "a=" + "b".repeat(10_000);
            Probe longUri = new Probe("limits", "10000-character query", valid.method(), longQuery, valid.headers(), valid.body());
            Probe bigHeader = valid.withHeader("X-Padding", "p".repeat(30_000));
            for (Probe probe : List.of(longUri, bigHeader)) {
                Answer answer = wire.send(probe, "\"0\"");
                answers.merge(answer.status() + " " + answer.contentType(), 1, Integer::sum);
                if (answer.status() != (probe == longUri ? 414 : 431)) {
                    wrong.add(probe.describe() + " → " + answer.status() + " " + answer.excerpt());
                }
            }
        }
        Operation createCenter = CONTRACT.operations().stream().filter(op -> op.key().equals("POST /api/v1/centers"))
                .findFirst().orElseThrow();
        Probe tooBig = inputs.valid(createCenter);
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        Arrays.fill(elevenMegabytes, (byte) ' ');
        Answer refused = wire.send(new Probe("limits", "11 MB body", "POST", tooBig.target(), tooBig.headers(), elevenMegabytes), "");
        answers.merge(refused.status() + " " + refused.contentType(), 1, Integer::sum);
        if (refused.status() != 413 || !refused.contentType().startsWith("application/problem+json")) {
            wrong.add("POST /api/v1/centers with 11 MB → " + refused.status() + " " + refused.contentType());
        }
        System.out.printf("[bad-input limits] answers: %s%n", answers);
        assertThat(wrong).as("requests beyond the server's limits:%n  %s", String.join("\n  ", wrong)).isEmpty();
        Probe me = inputs.valid(CONTRACT.operations().stream().filter(op -> op.key().equals("GET /api/v1/me")).findFirst().orElseThrow());
        assertThat(wire.send(me, "").status()).as("a normal request afterwards").isEqualTo(200);
    }

    private Run run(String caller, Set<String> roles, FixtureSet set, double share) {
        BadInputs inputs = new BadInputs(CONTRACT, set);
        Wire wire = new Wire(root.toString());
        Run run = new Run(caller, roles);
        Random sampling = new Random(SEED);
        Map<String, String> etags = new HashMap<>();
        List<Operation> operations = CONTRACT.operations().stream()
                .sorted(Comparator.comparingInt((Operation op) -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(op.method()))
                        .thenComparing(Operation::path))
                .toList();
        long started = System.nanoTime();
        try (DataFingerprint data = new DataFingerprint(dataSource)) {
            for (Operation op : operations) {
                // reads are checked as a batch (one query per operation), writes one by one
                Map<String, String> before = data.take();
                for (Probe probe : inputs.probes(op, SEED)) {
                    if (!probe.category().equals("baseline") && sampling.nextDouble() >= share) {
                        continue;
                    }
                    String resource = resourceOf(probe.target());
                    Answer answer = wire.send(probe, etags.getOrDefault(resource, "\"0\""));
                    List<String> changes = List.of();
                    if (!op.isRead()) {
                        Map<String, String> after = data.take();
                        changes = DataFingerprint.changes(before, after);
                        before = after;
                    }
                    run.judge(op, probe, answer, changes);
                    if (answer.status() / 100 == 2) {
                        answer.etag().ifPresent(etag -> etags.put(resource, etag));
                    }
                }
                if (op.isRead()) {
                    run.readsChanged(op, DataFingerprint.changes(before, data.take()));
                }
            }
        }
        System.out.printf("[bad-input %s] %d requests over %d operations in %d s: %s; valid variants that succeeded: %d"
                + " (writes: %s); failures: %d%n", caller, run.requests, operations.size(),
                (System.nanoTime() - started) / 1_000_000_000L, run.statuses, run.succeeded, run.writes, run.failures.size());
        return run;
    }

    /** The record whose ETag an operation's If-Match names: actions name the record they act on. */
    private static String resourceOf(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return ACTIONS.contains(last) ? path.substring(0, path.lastIndexOf('/')) : path;
    }

    /** What one pass saw. */
    private static final class Run {

        final String caller;
        final Set<String> roles;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> writes = new TreeMap<>();
        final Map<String, List<String>> failures = new LinkedHashMap<>();
        int requests;
        int succeeded;

        Run(String caller, Set<String> roles) {
            this.caller = caller;
            this.roles = roles;
        }

        void judge(Operation op, Probe probe, Answer answer, List<String> changes) {
            requests++;
            int status = answer.status();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                fail(op, probe, answer, "server error", changes);
                return;
            }
            if (status < 400) {
                succeeded++;
                if (!changes.isEmpty()) {
                    writes.merge(op.operationId(), 1, Integer::sum);
                }
                return;
            }
            if (!answer.contentType().startsWith("application/problem+json")) {
                fail(op, probe, answer, "not a problem (" + answer.contentType() + ")", changes);
                return;
            }
            JsonNode problem = answer.json();
            if (problem == null || problem.path("status").asInt() != status || !problem.path("code").isTextual()
                    || problem.path("code").asText().isBlank()) {
                fail(op, probe, answer, "problem without matching status and code", changes);
                return;
            }
            String text = new String(answer.body(), StandardCharsets.UTF_8);
            if (text.contains("Exception") || text.contains("th.go.cdd.") || text.contains("\tat ")) {
                fail(op, probe, answer, "problem leaks implementation details", changes);
            }
            String code = problem.path("code").asText();
            boolean roleRefused = op.scopes().stream().noneMatch(roles::contains);
            if (status == 401) {
                fail(op, probe, answer, "401 for an authenticated caller", changes);
            } else if (status == 403 && !roleRefused && !code.endsWith("area.forbidden") && !probe.category().equals("path")) {
                fail(op, probe, answer, "403 " + code + " although the contract lets " + roles + " call it", changes);
            }
            if (!changes.isEmpty()) {
                fail(op, probe, answer, "refused with " + status + " but changed " + changes, changes);
            }
        }

        void readsChanged(Operation op, List<String> changes) {
            if (!changes.isEmpty()) {
                failures.computeIfAbsent(op.key() + ": its probes changed data", k -> new ArrayList<>()).add(changes.toString());
            }
        }

        private void fail(Operation op, Probe probe, Answer answer, String why, List<String> changes) {
            String kind = op.key() + " → " + answer.status() + ": " + why;
            failures.computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(probe.describe() + "\n        answered " + answer.status() + " " + answer.contentType() + " "
                            + answer.excerpt() + (changes.isEmpty() ? "" : " changed " + changes));
        }

        void assertClean() {
            String report = failures.entrySet().stream()
                    .map(kind -> kind.getKey() + " (" + kind.getValue().size() + " requests), e.g.\n      "
                            + kind.getValue().stream().limit(3).collect(Collectors.joining("\n      ")))
                    .collect(Collectors.joining("\n  "));
            assertThat(failures).as("bad input answered wrongly, as %s:%n  %s", caller, report).isEmpty();
        }
    }
}
