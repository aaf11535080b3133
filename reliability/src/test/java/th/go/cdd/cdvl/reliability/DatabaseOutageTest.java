package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reliability.support.Api.Reply;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Load;
import th.go.cdd.cdvl.reliability.support.Load.Sample;
import th.go.cdd.cdvl.reliability.support.Race;
import th.go.cdd.cdvl.reliability.support.Stack;
import th.go.cdd.cdvl.reliability.support.Waits;

/**
 * PostgreSQL stops under load and comes back. While it is away the app answers quickly with a
 * 503 problem that says when to retry, never a 500, and reports itself not ready (but alive, so
 * nobody restarts it). When PostgreSQL is back the app serves again on its own, without a restart
 * and without handing out connections that died with the old server. The same holds when
 * PostgreSQL hangs rather than stops.
 */
@Order(4)
class DatabaseOutageTest {

    private static final int THREADS = 6;
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    /** Long enough for every load thread to see a whole request start and end while it hangs. */
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    /** The pool's acquisition timeout (3 s) bounds a request while the database is away; the rest is margin. */
    private static final long QUICK_ANSWER_MS = 8_000;
    /**
     * While the database hangs: a borrowed connection's check (3 s socket timeout), then a new
     * connection that never opens (the 3 s acquisition timeout), then a statement (3 s) at worst.
     */
    private static final long HUNG_ANSWER_MS = 15_000;

    private static Stack stack;
    private static String token;
    private static List<UUID> centers;

    /** Each test starts with PostgreSQL up, even when the one before failed while it was stopped. */
    @BeforeEach
    void start() {
        stack = Stack.get();
        token = stack.keycloak.token(Lampang.OFFICER);
        centers = new Lampang(stack.postgres).centersOf(Lampang.DISTRICT);
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        long appPid = stack.app.pid();
        long downFrom;
        long downUntil;
        long readyAt;
        List<Sample> samples;
        try (Load load = Load.start(stack.api, token, centers, THREADS)) {
            Waits.sleep(Duration.ofSeconds(2));
            stack.postgres.stop();
            downFrom = System.nanoTime();
            Waits.until("readiness DOWN while PostgreSQL is stopped", Duration.ofSeconds(10),
                    () -> health("/q/health/ready").status() == 503);
            assertThat(health("/q/health/ready").body()).contains("DOWN");
            assertThat(health("/q/health/live").status()).as("liveness while PostgreSQL is stopped").isEqualTo(200);
            Waits.sleep(OUTAGE);
            downUntil = System.nanoTime();
            stack.postgres.start();
            Duration recovery = Waits.until("readiness UP again after PostgreSQL restarted", RECOVERY,
                    () -> health("/q/health/ready").status() == 200);
            readyAt = System.nanoTime();
            System.out.printf("PostgreSQL back: the app was ready again after %d ms%n", recovery.toMillis());
            Waits.sleep(Duration.ofSeconds(3));
            load.close();
            samples = load.samples();
        }

        assertOutageAnsweredAndRecovered("PostgreSQL was down", appPid, samples, downFrom, downUntil, readyAt, QUICK_ANSWER_MS);
    }

    /**
     * PostgreSQL hangs instead of going away: its connections stay open and nothing answers. A
     * request waits for the database at most the socket timeout (3 s here, 30 s in production) or
     * the pool's acquisition timeout, then gets a 503 problem; once the database answers again the
     * app serves again by itself.
     */
    @Test
    void answers503WhileTheDatabaseHangsAndRecoversByItself() throws Exception {
        long appPid = stack.app.pid();
        long frozenFrom;
        long frozenUntil;
        long readyAt;
        List<Sample> samples;
        try (Load load = Load.start(stack.api, token, centers, THREADS)) {
            Waits.sleep(Duration.ofSeconds(2));
            stack.postgres.freeze();
            frozenFrom = System.nanoTime();
            try {
                Waits.sleep(HANG);
                frozenUntil = System.nanoTime();
            } finally {
                stack.postgres.thaw();
            }
            Duration recovery = Waits.until("readiness UP again after PostgreSQL went on", RECOVERY,
                    () -> health("/q/health/ready").status() == 200);
            readyAt = System.nanoTime();
            System.out.printf("PostgreSQL answering again: the app was ready after %d ms%n", recovery.toMillis());
            Waits.sleep(Duration.ofSeconds(3));
            load.close();
            samples = load.samples();
        }

        assertOutageAnsweredAndRecovered("PostgreSQL hung", appPid, samples, frozenFrom, frozenUntil, readyAt, HUNG_ANSWER_MS);
    }

    /**
     * The same app process answered every request, none with a 5xx but 503 and none slower than
     * {@code maxMillis}; every request sent and answered during the outage got a 503 problem, and
     * every one sent once the app was ready again succeeded.
     */
    private static void assertOutageAnsweredAndRecovered(String outage, long appPid, List<Sample> samples, long from,
            long until, long readyAt, long maxMillis) {
        assertThat(stack.app.pid()).as("the same app process throughout").isEqualTo(appPid);
        assertThat(samples).as("requests that got no answer at all").filteredOn(s -> s.reply() == null).isEmpty();
        assertThat(samples).as("server errors other than 503")
                .filteredOn(s -> s.reply().status() >= 500 && s.reply().status() != 503).isEmpty();
        assertThat(samples).as("answers that took too long").filteredOn(s -> s.millis() > maxMillis).isEmpty();

        List<Sample> during = samples.stream().filter(s -> s.sentAt() >= from && s.endedAt() <= until).toList();
        System.out.printf("%d requests while %s, answered in %d ms at most; %d requests in all%n",
                during.size(), outage, during.stream().mapToLong(Sample::millis).max().orElse(0), samples.size());
        assertThat(during).as("requests while " + outage).hasSizeGreaterThanOrEqualTo(THREADS)
                .allSatisfy(DatabaseOutageTest::assertServiceUnavailable);

        assertThat(samples).as("answers once the app was ready again")
                .filteredOn(s -> s.sentAt() >= readyAt)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.reply().isSuccess()).as("%s", s).isTrue());
    }

    /** A quick restart leaves only dead connections in the pool; the next requests must not get them. */
    @Test
    void aQuickRestartLeavesNoDeadConnectionsBehind() throws Exception {
        int burst = 16;
        assertThat(Race.run(burst, i -> stack.api.get("/api/v1/centers/" + centers.get(i % centers.size()), token)))
                .as("warming up the pool").allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        stack.postgres.stop();
        stack.postgres.start();

        List<Reply> replies = Race.run(burst, i -> stack.api.get("/api/v1/centers/" + centers.get(i % centers.size()), token));

        assertThat(replies).as("failed requests among the first ones after the restart")
                .filteredOn(r -> r.status() != 200).isEmpty();
    }

    private static void assertServiceUnavailable(Sample sample) {
        Reply reply = sample.reply();
        assertThat(reply.status()).as("%s", sample).isEqualTo(503);
        assertThat(reply.contentType()).as("%s", sample).startsWith("application/problem+json");
        assertThat(reply.problemCode()).as("%s", sample).isEqualTo("service.unavailable");
        assertThat(reply.json().path("type").asText()).isEqualTo("https://cdvl.example/problems/service.unavailable");
        assertThat(reply.headers().firstValue("Retry-After")).as("Retry-After of %s", sample)
                .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
    }

    private static Reply health(String path) {
        try {
            return stack.api.get(path, null);
        } catch (IOException e) {
            throw new AssertionError("The app did not answer " + path, e);
        }
    }
}
