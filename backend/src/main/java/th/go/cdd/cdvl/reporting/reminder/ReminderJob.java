package th.go.cdd.cdvl.reporting.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.geo.GeoService;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.report.ReportViews.Standing;
import th.go.cdd.cdvl.security.AreaResolver;
import th.go.cdd.cdvl.security.AreaScope;
import th.go.cdd.cdvl.reporting.deadline.DeadlineService;
import th.go.cdd.cdvl.reporting.report.DistrictReportRepository;
import th.go.cdd.cdvl.reporting.deadline.DueDates;
import th.go.cdd.cdvl.reporting.deadline.Deadline;
import th.go.cdd.cdvl.reporting.report.ReportStatus;
import th.go.cdd.cdvl.reporting.report.Standings;

/**
 * E-mails the offices of districts that have not submitted, N days before their due day (7 and 2
 * by default), and each province a summary the day after its due day. Each reminder is claimed in
 * the database (deadline × office × kind) before it is sent, so a restart, a re-run or a second
 * instance never sends it twice; a failed send is logged, not retried. Within an instance one
 * pass runs at a time: a run asked for while another is under way waits for it and then finds
 * its reminders claimed.
 */
@ApplicationScoped
public class ReminderJob implements ReminderPass {

    static final String SUMMARY = "PROVINCE_SUMMARY";

    private final DeadlineService deadlines;
    private final DistrictReportRepository reports;
    private final OfficeContactRepository contacts;
    private final GeoService geo;
    private final ReminderConfig config;
    private final ReminderMail mail;
    private final ReminderSentRepository sent;
    private final Clock clock;
    // Side by side passes would only repeat each other's queries, and they would send concurrently,
    // which the mock mailer (the default until SMTP is configured) does not survive: a reminder claimed
    // by a send that then failed is never sent.
    private final ReentrantLock onePassAtATime = new ReentrantLock();

    public ReminderJob(DeadlineService deadlines, DistrictReportRepository reports, OfficeContactRepository contacts,
            GeoService geo, ReminderConfig config, ReminderMail mail, ReminderSentRepository sent, Clock clock) {
        this.deadlines = deadlines;
        this.reports = reports;
        this.contacts = contacts;
        this.geo = geo;
        this.config = config;
        this.mail = mail;
        this.sent = sent;
        this.clock = clock;
    }

    @Scheduled(cron = "{cdvl.reminders.cron}", timeZone = "Asia/Bangkok", identity = "report-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass for today; returns the number of messages sent. */
    @Override
    public int run() {
        onePassAtATime.lock();
        try {
            return pass();
        } finally {
            onePassAtATime.unlock();
        }
    }

    private int pass() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        List<Deadline> relevant = QuarkusTransaction.requiringNew().call(() -> deadlines.all().stream()
                .filter(d -> !d.getDueOn().isBefore(today.minusDays(1)) && !d.getDueOn().isAfter(today.plusDays(120)))
                .toList());
        for (Deadline deadline : relevant) {
            sent += remindDistricts(deadline, today);
            sent += summariseProvinces(deadline, today);
        }
        return sent;
    }

    private int remindDistricts(Deadline deadline, LocalDate today) {
        List<Outstanding> due = QuarkusTransaction.requiringNew().call(() -> outstanding(deadline, today, false));
        int sent = 0;
        for (Outstanding district : due) {
            for (int days : config.daysBefore()) {
                if (district.dueOn().minusDays(days).equals(today) && claim(deadline, district.code(), "BEFORE_" + days)) {
                    sent += mail.send(district.email(), "แจ้งเตือน: " + deadline.getTitleTh() + " ครบกำหนดในอีก " + days + " วัน",
                            "เรียน สำนักงานพัฒนาชุมชนอำเภอ" + district.name() + "\n\n" + deadline.getTitleTh()
                                    + " ของอำเภอยังไม่ได้ส่ง กำหนดส่งภายในวันที่ " + district.dueOn()
                                    + "\nกรุณาบันทึกและส่งรายงานที่ " + config.appUrl() + "/reports/" + deadline.getId()
                                    + "/" + district.code() + "\n\nระบบ CDVL Centers (ข้อความอัตโนมัติ)");
                }
            }
        }
        return sent;
    }

    private int summariseProvinces(Deadline deadline, LocalDate today) {
        List<Outstanding> late = QuarkusTransaction.requiringNew().call(() -> outstanding(deadline, today, true));
        Map<String, List<Outstanding>> byProvince = late.stream().collect(Collectors.groupingBy(o -> o.code().substring(0, 2)));
        Map<String, String> provinceEmails = QuarkusTransaction.requiringNew().call(() -> contacts.emailsOf(byProvince.keySet()));
        int sent = 0;
        for (Map.Entry<String, List<Outstanding>> province : byProvince.entrySet()) {
            String email = provinceEmails.get(province.getKey());
            if (email != null && claim(deadline, province.getKey(), SUMMARY)) {
                String names = province.getValue().stream().map(o -> "- อำเภอ" + o.name()).collect(Collectors.joining("\n"));
                sent += mail.send(email, "สรุป: อำเภอที่ยังไม่ส่ง" + deadline.getTitleTh(),
                        "อำเภอที่ยังไม่ส่ง" + deadline.getTitleTh() + " เมื่อครบกำหนด (" + province.getValue().size()
                                + " อำเภอ):\n" + names + "\n\nดูรายละเอียด: " + config.appUrl() + "/reports/completeness");
            }
        }
        return sent;
    }

    private record Outstanding(String code, String name, LocalDate dueOn, String email) {
    }

    /**
     * Districts that have not submitted: for reminders, those with an office e-mail; for the
     * summary, those whose due day was yesterday.
     */
    private List<Outstanding> outstanding(Deadline deadline, LocalDate today, boolean dueYesterday) {
        DueDates due = deadlines.dueDates(deadline);
        List<String> districts = new ArrayList<>();
        for (var province : geo.provinces()) {
            if (AreaResolver.BANGKOK.equals(province.code())) {
                continue;
            }
            LocalDate provinceDue = due.dueFor(province.code());
            boolean relevant = dueYesterday ? provinceDue.plusDays(1).equals(today)
                    : config.daysBefore().stream().anyMatch(days -> provinceDue.minusDays(days).equals(today));
            if (relevant) {
                geo.districtsOf(province.code()).forEach(d -> districts.add(d.code()));
            }
        }
        if (districts.isEmpty()) {
            return List.of();
        }
        Map<String, ReportStatus> submitted = reports.statusesUnder(AreaScope.NATIONAL, "", Set.of(deadline.getId())).stream()
                .collect(Collectors.toMap(ReportStatus::districtCode, Function.identity()));
        Map<String, String> emails = dueYesterday ? Map.of() : contacts.emailsOf(districts);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return districts.stream()
                .filter(code -> dueYesterday || emails.containsKey(code))
                .filter(code -> !Standings.submitted(Standings.of(submitted.get(code), due.dueFor(code), now, clock.getZone())))
                .map(code -> new Outstanding(code, geo.nameOf(code).map(AreaName::nameTh).orElse(code), due.dueFor(code),
                        emails.get(code)))
                .toList();
    }

    /** The once-only key: true for the one caller that inserted it. */
    private boolean claim(Deadline deadline, String areaCode, String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> sent.claim(deadline.getId(), areaCode, kind, OffsetDateTime.now(clock)));
    }
}
