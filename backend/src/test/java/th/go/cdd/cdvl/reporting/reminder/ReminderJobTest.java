package th.go.cdd.cdvl.reporting.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.DistrictView;
import th.go.cdd.cdvl.testsupport.TestClock;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.deadline.DeadlineRepository;
import th.go.cdd.cdvl.reporting.report.DistrictReport;
import th.go.cdd.cdvl.reporting.report.DistrictReportRepository;

/**
 * Reminders for Q1 FY2570 (due Tuesday 15 Dec 2026) in Uttaradit (53), which no other test uses:
 * offices of 5301 and 5302 have e-mails, 5302 submits in time, the province gets a summary.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderJob job;

    @Inject
    TestClock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    OfficeContactRepository contacts;

    @Inject
    DistrictReportRepository reports;

    @Inject
    GeoService geo;

    @AfterEach
    void realTime() {
        clock.reset();
        mailbox.clear();
    }

    @Transactional
    void officesWithEmails() {
        for (String area : new String[] {"5301", "5302", "53"}) {
            OfficeContact contact = new OfficeContact(area);
            contact.setEmail("office" + area + "@cdvl.example", OffsetDateTime.now(), "test");
            contacts.persist(contact);
        }
    }

    @Transactional
    void submittedBy5302() {
        Deadline q1 = deadlines.quarterly(2570, 1).orElseThrow();
        DistrictReport report = new DistrictReport(q1.getId(), "5302", OffsetDateTime.now(), "test");
        report.submit("{}", true, OffsetDateTime.parse("2026-12-10T10:00:00+07:00"), "test");
        reports.persist(report);
    }

    @Test
    void remindsEachOfficeOnceSevenAndTwoDaysBeforeAndSummarisesTheDayAfter() throws Exception {
        officesWithEmails();
        clock.set(OffsetDateTime.parse("2026-12-08T08:00:00+07:00"));
        // other tests may give other offices e-mails: count what reached the offices of this test
        assertThat(job.run()).isGreaterThanOrEqualTo(2);
        assertThat(mailbox.getMailsSentTo("office5301@cdvl.example")).hasSize(1);
        assertThat(mailbox.getMailsSentTo("office5302@cdvl.example")).hasSize(1);
        assertThat(mailbox.getMailsSentTo("office5301@cdvl.example").get(0).getSubject()).contains("ไตรมาส 1/2570", "7 วัน");

        // a re-run, a restart or two instances at once send nothing more
        assertThat(job.run()).isZero();
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(job::run);
            Future<Integer> second = pool.submit(job::run);
            assertThat(first.get() + second.get()).isZero();
        } finally {
            pool.shutdown();
        }

        submittedBy5302();
        clock.set(OffsetDateTime.parse("2026-12-13T08:00:00+07:00"));
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        assertThat(mailbox.getMailsSentTo("office5301@cdvl.example")).hasSize(2);
        assertThat(mailbox.getMailsSentTo("office5302@cdvl.example")).hasSize(1);

        clock.set(OffsetDateTime.parse("2026-12-16T08:00:00+07:00"));
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        var summary = mailbox.getMailsSentTo("office53@cdvl.example");
        assertThat(summary).hasSize(1);
        assertThat(summary.get(0).getText()).contains("อำเภอ").doesNotContain("อำเภอ" + "ตรอน");
        assertThat(job.run()).isZero();
    }

    /**
     * Q2 FY2570 in Narathiwat (96), which no other test uses: passes asked for at the same moment
     * (the daily run and an administrator's, say) send each reminder once and lose none.
     */
    @Test
    void passesAskedForAtOnceSendEachReminderOnceAndLoseNone() throws Exception {
        officesOfNarathiwat();
        Deadline q2 = deadlines.quarterly(2570, 2).orElseThrow();
        clock.set(q2.getDueOn().minusDays(7).atTime(8, 0).atOffset(ZoneOffset.ofHours(7)));

        int passesAtOnce = 12;
        var pool = Executors.newFixedThreadPool(passesAtOnce);
        var start = new CountDownLatch(1);
        int sent = 0;
        try {
            var passes = new ArrayList<Future<Integer>>();
            for (int i = 0; i < passesAtOnce; i++) {
                passes.add(pool.submit(() -> {
                    start.await();
                    return job.run();
                }));
            }
            start.countDown();
            for (Future<Integer> pass : passes) {
                sent += pass.get();
            }
        } finally {
            pool.shutdown();
        }

        for (String district : narathiwat()) {
            assertThat(mailbox.getMailsSentTo("office" + district + "@cdvl.example")).as(district).hasSize(1);
        }
        assertThat(mailbox.getTotalMessagesSent()).as("every claimed reminder went out").isEqualTo(sent);
    }

    private List<String> narathiwat() {
        return geo.districtsOf("96").stream().map(DistrictView::code).toList();
    }

    @Transactional
    void officesOfNarathiwat() {
        for (String area : narathiwat()) {
            OfficeContact contact = new OfficeContact(area);
            contact.setEmail("office" + area + "@cdvl.example", OffsetDateTime.now(), "test");
            contacts.persist(contact);
        }
    }
}
