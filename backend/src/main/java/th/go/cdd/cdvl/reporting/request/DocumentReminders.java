package th.go.cdd.cdvl.reporting.request;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.reporting.reminder.OfficeContactRepository;
import th.go.cdd.cdvl.reporting.reminder.ReminderConfig;
import th.go.cdd.cdvl.reporting.reminder.ReminderMail;
import th.go.cdd.cdvl.reporting.reminder.ReminderPass;
import th.go.cdd.cdvl.reporting.report.Standings;
import th.go.cdd.cdvl.reporting.request.DocumentRequestRepository.AnswerState;
import th.go.cdd.cdvl.security.AreaScope;

/**
 * The reminders of document requests, as for report deadlines: the offices that have not
 * submitted are e-mailed {@link ReminderConfig#daysBefore()} days before the due day (7 and 2),
 * and the requester gets a summary of the offices still missing the day after it. Each message is
 * claimed once (request × office × kind) before it is sent, so a re-run or a second instance never
 * repeats it; an office without an address is skipped (the office-contacts screen lists them).
 */
@ApplicationScoped
public class DocumentReminders implements ReminderPass {

    static final String SUMMARY = "REQUESTER_SUMMARY";

    private final DocumentRequestRepository requests;
    private final DocumentTargets targets;
    private final OfficeContactRepository contacts;
    private final ReminderConfig config;
    private final ReminderMail mail;
    private final Clock clock;
    private final ReentrantLock onePassAtATime = new ReentrantLock();

    public DocumentReminders(DocumentRequestRepository requests, DocumentTargets targets, OfficeContactRepository contacts,
            ReminderConfig config, ReminderMail mail, Clock clock) {
        this.requests = requests;
        this.targets = targets;
        this.contacts = contacts;
        this.config = config;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "{cdvl.reminders.cron}", timeZone = "Asia/Bangkok", identity = "document-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass for today; returns the number of messages sent. */
    @Override
    public int run() {
        onePassAtATime.lock();
        try {
            LocalDate today = LocalDate.now(clock);
            int longest = config.daysBefore().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<DocumentRequest> relevant = QuarkusTransaction.requiringNew()
                    .call(() -> requests.dueBetween(today.minusDays(1), today.plusDays(longest)));
            int sent = 0;
            for (DocumentRequest request : relevant) {
                sent += request.getDueOn().plusDays(1).equals(today) ? summarise(request, today) : remind(request, today);
            }
            return sent;
        } finally {
            onePassAtATime.unlock();
        }
    }

    private int remind(DocumentRequest request, LocalDate today) {
        Integer days = config.daysBefore().stream().filter(d -> request.getDueOn().minusDays(d).equals(today)).findFirst()
                .orElse(null);
        if (days == null) {
            return 0;
        }
        List<AreaName> missing = QuarkusTransaction.requiringNew().call(() -> missing(request));
        Map<String, String> emails = QuarkusTransaction.requiringNew()
                .call(() -> contacts.emailsOf(missing.stream().map(AreaName::code).toList()));
        int sent = 0;
        for (AreaName office : missing) {
            String email = emails.get(office.code());
            if (email != null && claim(request, office.code(), "BEFORE_" + days)) {
                sent += mail.send(email, "แจ้งเตือน: " + request.getTitle() + " ครบกำหนดในอีก " + days + " วัน",
                        "เรียน สำนักงานพัฒนาชุมชน" + (office.code().length() == 2 ? "จังหวัด" : "อำเภอ") + office.nameTh()
                                + "\n\nคำขอเอกสาร \"" + request.getTitle() + "\" ยังไม่ได้ส่ง กำหนดส่งภายในวันที่ "
                                + request.getDueOn() + "\nกรุณาแนบไฟล์และส่งที่ " + config.appUrl() + "/documents/"
                                + request.getId() + "/" + office.code() + "\n\nระบบ CDVL Centers (ข้อความอัตโนมัติ)");
            }
        }
        return sent;
    }

    private int summarise(DocumentRequest request, LocalDate today) {
        String email = request.getRequesterEmail();
        if (email == null) {
            return 0;
        }
        List<AreaName> missing = QuarkusTransaction.requiringNew().call(() -> missing(request));
        if (!claim(request, request.getOwnerArea().isEmpty() ? AreaScope.NATION_CODE : request.getOwnerArea(), SUMMARY)) {
            return 0;
        }
        String names = missing.stream().map(o -> "- " + o.code() + " " + o.nameTh()).collect(Collectors.joining("\n"));
        return mail.send(email, "สรุป: คำขอเอกสาร \"" + request.getTitle() + "\" เมื่อครบกำหนด",
                missing.isEmpty() ? "ทุกหน่วยงานส่งครบแล้ว" : "หน่วยงานที่ยังไม่ส่ง (" + missing.size() + "):\n" + names
                        + "\n\nดูรายละเอียด: " + config.appUrl() + "/documents/" + request.getId());
    }

    /** The offices asked whose answer is not submitted (not started, draft, or missing). */
    private List<AreaName> missing(DocumentRequest request) {
        Map<String, AnswerState> states = requests.states(List.of(request.getId()), "").stream()
                .collect(Collectors.toMap(AnswerState::officeCode, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return targets.offices(request, AreaScope.NATIONAL).stream().filter(office -> {
            return !Standings.submitted(DocumentRequestService.standing(request, states.get(office.code()), now, clock.getZone()));
        }).toList();
    }

    private boolean claim(DocumentRequest request, String areaCode, String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> requests.claimReminder(request.getId(), areaCode, kind, OffsetDateTime.now(clock)));
    }
}
