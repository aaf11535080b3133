package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reliability.support.Api;
import th.go.cdd.cdvl.reliability.support.Api.Reply;
import th.go.cdd.cdvl.reliability.support.Bodies;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Race;
import th.go.cdd.cdvl.reliability.support.Stack;
import th.go.cdd.cdvl.reliability.support.TestApp;

/**
 * Things that must happen once however many requests ask at the same moment: starting and
 * submitting a district report, and sending a deadline reminder to an office (with passes on two
 * instances of the app, as production runs several).
 */
@Order(2)
class SingleSubmissionAndReminderTest {

    private static final int CALLERS = 8;
    private static final Pattern SENT = Pattern.compile("Reminder sent to (\\S+): (.*)");

    private static Stack stack;
    private static Lampang lampang;

    @BeforeAll
    static void start() {
        stack = Stack.get();
        lampang = new Lampang(stack.postgres);
    }

    @Test
    void aDistrictReportIsStartedOnceAndSubmittedOnce() throws Exception {
        String token = stack.keycloak.token(Lampang.OFFICER);
        UUID deadline = lampang.quarterlyDeadline(2);
        String path = "/api/v1/deadlines/" + deadline + "/reports/" + Lampang.DISTRICT;

        List<Reply> starts = Race.run(CALLERS, i -> stack.api.put(path, token, null, Bodies.narrative("draft " + i)));
        assertThat(starts).as("%s", starts).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(starts).as("the others: a conflict, or a version now required")
                .filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.problemCode()).as("%s", r).isIn("resource.conflict", "version.required"));
        assertThat(stack.postgres.number("select count(*) from district_report where deadline_id = ? and district_code = ?",
                deadline, Lampang.DISTRICT)).isEqualTo(1);
        UUID report = UUID.fromString(stack.api.get(path, token).json().path("id").asText());
        assertThat(auditActions(report, "CREATE")).isEqualTo(1);

        String version = stack.api.get(path, token).etag();
        List<Reply> submits = Race.run(CALLERS, i -> stack.api.post(path + "/submit", token, Map.of("If-Match", version)));
        List<Reply> accepted = submits.stream().filter(r -> r.status() == 200).toList();
        assertThat(accepted).as("%s", submits).hasSize(1);
        assertThat(submits).filteredOn(r -> r.status() != 200)
                .allSatisfy(r -> assertThat(r.problemCode()).as("%s", r).isIn("version.stale", "reporting.report.state"));
        assertThat(auditActions(report, "SUBMIT")).as("submissions recorded").isEqualTo(1);
        List<Object> stored = stack.postgres.rows("select state, submitted_at from district_report where id = ?", report).get(0);
        assertThat(stored.get(0)).isEqualTo("SUBMITTED");
        // the answer carries the clock's nanoseconds, the column keeps microseconds
        assertThat(java.time.OffsetDateTime.parse(accepted.get(0).json().path("submittedAt").asText()).toInstant())
                .isCloseTo(((java.sql.Timestamp) stored.get(1)).toInstant(), within(1, ChronoUnit.MILLIS));

        String submitted = stack.api.get(path, token).etag();
        List<Reply> again = Race.run(CALLERS, i -> stack.api.post(path + "/submit", token, Map.of("If-Match", submitted)));
        assertThat(again).allSatisfy(r -> assertThat(r.problemCode()).as("%s", r).isEqualTo("reporting.report.state"));
        assertThat(auditActions(report, "SUBMIT")).isEqualTo(1);
    }

    @Test
    void concurrentReminderPassesSendEachReminderOnce() throws Exception {
        UUID deadline = lampang.quarterlyDeadline(4);
        LocalDate due = Bodies.today().plusDays(7);
        String version = "\"" + stack.postgres.number("select version from deadline where id = ?", deadline) + "\"";
        Reply moved = stack.api.put("/api/v1/deadlines/" + deadline + "/due-on", stack.keycloak.token(Lampang.NATIONAL),
                version, Map.of("dueOn", due.toString()));
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        Set<String> expected = stack.postgres.rows("""
                select area_code from office_contact c
                where length(area_code) = 4 and area_code not like '10%'
                  and not exists (select 1 from district_report r where r.deadline_id = ? and r.district_code = c.area_code
                                  and r.submitted_at is not null)""", deadline)
                .stream().map(row -> (String) row.get(0)).collect(Collectors.toSet());
        assertThat(expected).as("districts with an office e-mail in the demo data").isNotEmpty();
        String title = (String) stack.postgres.rows("select title_th from deadline where id = ?", deadline).get(0).get(0);
        long rowsBefore = stack.postgres.number("select count(*) from reminder_sent");
        String admin = stack.keycloak.token(Lampang.ADMIN);
        TestApp second = stack.secondApp;
        second.start();
        List<Reply> passes;
        List<String[]> mails = new ArrayList<>();
        try {
            Api secondApi = new Api(second.url());
            // both instances warm, holding the realm's keys, so their passes really meet
            assertThat(secondApi.get("/api/v1/reminders", admin).status()).isEqualTo(200);
            assertThat(stack.api.get("/api/v1/reminders", admin).status()).isEqualTo(200);
            long logStart = stack.app.logPosition();
            long secondLogStart = second.logPosition();

            // half the passes on each of two instances, as the daily run and an administrator's can meet
            passes = Race.run(CALLERS,
                    i -> (i % 2 == 0 ? stack.api : secondApi).post("/api/v1/reminders/run", admin, Map.of()));

            mails.addAll(mailsSince(stack.app, logStart));
            int first = mails.size();
            mails.addAll(mailsSince(second, secondLogStart));
            System.out.printf("reminder passes at once: %d reminders sent by the first instance, %d by the second%n",
                    first, mails.size() - first);
        } finally {
            second.stop();
        }

        assertThat(passes).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(200));
        long sent = passes.stream().mapToLong(r -> r.json().path("sent").asLong()).sum();
        assertThat(mails).as("messages the mailer sent").hasSize((int) sent);
        assertThat(stack.postgres.number("select count(*) from reminder_sent") - rowsBefore)
                .as("reminders claimed in reminder_sent (each claimed one must have been sent)").isEqualTo(sent);
        List<String> ours = mails.stream().filter(m -> m[1].contains(title)).map(m -> m[0]).toList();
        assertThat(ours).as("one reminder per district office").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(code -> "cdd." + code + "@cdvl.example").toList());
        assertThat(stack.postgres.rows("select area_code, kind from reminder_sent where deadline_id = ?", deadline))
                .hasSize(expected.size())
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("BEFORE_7"));

        Reply rerun = stack.api.post("/api/v1/reminders/run", admin, Map.of());
        assertThat(rerun.json().path("sent").asLong()).as("a later pass the same day").isZero();
    }

    private static long auditActions(UUID id, String action) {
        return stack.postgres.number("select count(*) from audit_event where entity_id = ? and action = ?",
                id.toString(), action);
    }

    /** [recipient, subject] of each "Reminder sent" line an instance logged since the position. */
    private static List<String[]> mailsSince(TestApp app, long position) {
        Matcher m = SENT.matcher(app.logSince(position));
        List<String[]> mails = new ArrayList<>();
        while (m.find()) {
            mails.add(new String[] {m.group(1), m.group(2)});
        }
        return mails;
    }
}
