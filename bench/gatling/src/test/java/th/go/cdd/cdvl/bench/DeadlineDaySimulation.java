package th.go.cdd.cdvl.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Deadline day: every district with centers saves its quarterly report's narrative and submits it
 * (GET report, PUT narrative with If-Match and {@code Prefer: return=minimal} as the SPA saves it,
 * POST submit with If-Match), the districts arriving
 * evenly over {@code bench.submitSeconds} (60 s), while {@code bench.browsers} (1,000) users browse
 * dashboards and lists with a think time of 2–8 s (≈ 200 page views/s in all). Fails unless every
 * request succeeds and the p99 of all of them ≤ {@code bench.deadlineP99Ms} (250 ms).
 *
 * <p>Before the load, reports of that deadline left SUBMITTED or ACCEPTED by an earlier run are
 * returned (reopened) by the national user, so every run submits every district again.
 *
 * <p>Settings: bench.browsers (1000), bench.submitSeconds (60), bench.browseRampSeconds (10),
 * bench.thinkMinMs (2000), bench.thinkMaxMs (8000), bench.deadlineP99Ms (250).
 */
public class DeadlineDaySimulation extends Simulation {

    private final Data data = Data.load();
    private final Tokens tokens = Tokens.load();
    private final Requests requests = new Requests(tokens, data);
    private final String deadline = data.meta("deadlineId");

    private final int browsers = Bench.integer("bench.browsers", 1000);
    private final int submitSeconds = Bench.integer("bench.submitSeconds", 60);
    private final int browseRamp = Bench.integer("bench.browseRampSeconds", 10);
    private final int thinkMin = Bench.integer("bench.thinkMinMs", 2000);
    private final int thinkMax = Bench.integer("bench.thinkMaxMs", 8000);
    private final int p99 = Bench.integer("bench.deadlineP99Ms", 250);

    private static final String NARRATIVE = Api.toJson(Map.of(
            "results", "ศูนย์ผู้นำจิตอาสาพัฒนาชุมชนในอำเภอจัดกิจกรรมครบทุกศูนย์ในไตรมาสนี้ ได้แก่ การจัดทำบัญชีครัวเรือน "
                    + "การปลูกผักสวนครัว ธนาคารขยะ และกิจกรรมจิตอาสาในวันสำคัญของชาติ มีผู้เข้าร่วมรวมกว่าสามร้อยคน",
            "problems", "งบประมาณสนับสนุนมาล่าช้า และบางศูนย์ขาดอุปกรณ์บันทึกภาพกิจกรรม",
            "suggestions", "ควรจัดสรรงบประมาณตั้งแต่ต้นไตรมาส และจัดอบรมการใช้ระบบให้ผู้นำจิตอาสา",
            "goodPractice", "ศูนย์ตำบลต้นแบบใช้ธนาคารขยะเป็นทุนหมุนเวียนให้สมาชิกกู้ยืมเพื่อประกอบอาชีพ"));

    {
        tokens.keepFresh(data.allUsers());
        String reportPath = "/api/v1/deadlines/" + deadline + "/reports/#{district}";
        System.out.printf("DeadlineDay: %d districts submit '%s' within %d s while %d users browse (think %d–%d ms)%n",
                data.districts.size(), data.meta("deadlineTitle"), submitSeconds, browsers, thinkMin, thinkMax);

        ScenarioBuilder submit = scenario("districts submit")
                .feed(Data.once(data.districts, requests::districtSession))
                .exec(http(Requests.REPORT_GET).get(reportPath)
                        .header("Authorization", s -> "Bearer " + tokens.access(s.getString("submitUser")))
                        .check(status().is(200), header("ETag").saveAs("etag")))
                .exitHereIfFailed()
                .exec(http(Requests.REPORT_PUT).put(reportPath)
                        .header("Authorization", s -> "Bearer " + tokens.access(s.getString("submitUser")))
                        .header("If-Match", "#{etag}")
                        .header("Content-Type", "application/json")
                        .header("Prefer", "return=minimal")
                        .body(StringBody(NARRATIVE))
                        .check(status().is(204), header("ETag").saveAs("etag")))
                .exitHereIfFailed()
                .exec(http(Requests.REPORT_SUBMIT).post(reportPath + "/submit")
                        .header("Authorization", s -> "Bearer " + tokens.access(s.getString("submitUser")))
                        .header("If-Match", "#{etag}")
                        .check(status().is(200)));

        ScenarioBuilder browse = scenario("users browse")
                .feed(Data.random(data.districts, requests::districtSession))
                .pause(Duration.ZERO, Duration.ofMillis(thinkMax))
                .during(Duration.ofSeconds(browseRamp + submitSeconds + browseRamp)).on(
                        randomSwitch().on(
                                percent(25).then(exec(requests.centerList())),
                                percent(20).then(exec(requests.centerDetail())),
                                percent(15).then(exec(requests.activityList())),
                                percent(10).then(exec(requests.myDeadlines())),
                                percent(8).then(exec(requests.complianceProvince())),
                                percent(6).then(exec(requests.completenessProvince())),
                                percent(6).then(exec(requests.coverageProvince())),
                                percent(4).then(exec(requests.complianceNation())),
                                percent(3).then(exec(requests.completenessNation())),
                                percent(3).then(exec(requests.coverageNation()))),
                        pause(Duration.ofMillis(thinkMin), Duration.ofMillis(thinkMax)));

        setUp(
                browse.injectOpen(rampUsers(browsers).during(browseRamp)),
                submit.injectOpen(nothingFor(browseRamp), rampUsers(data.districts.size()).during(submitSeconds)))
                .protocols(Requests.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lte(p99),
                        details(Requests.REPORT_SUBMIT).successfulRequests().count().is((long) data.districts.size()));
    }

    /** Puts every district's report of the deadline back where a district may submit it again. */
    @Override
    public void before() {
        String national = tokens.access(data.nationalUser());
        AtomicInteger returned = new AtomicInteger();
        AtomicInteger reopened = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Data.District d : data.districts) {
                done.add(pool.submit(() -> {
                    String path = "/api/v1/deadlines/" + deadline + "/reports/" + d.code();
                    Api.Reply r = Api.get(path, national).require(200, "GET " + path);
                    String state = r.json().path("state").asText("");
                    if (state.equals("SUBMITTED")) {
                        Api.post(path + "/return", national, r.header("ETag"), Map.of("comment", "benchmark: submit again"))
                                .require(200, "return " + d.code());
                        returned.incrementAndGet();
                    } else if (state.equals("ACCEPTED")) {
                        Api.post(path + "/reopen", national, r.header("ETag"), Map.of("reason", "benchmark: submit again"))
                                .require(200, "reopen " + d.code());
                        reopened.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Resetting the reports failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("DeadlineDay: reset %d submitted and %d accepted reports of %d districts in %.1f s%n",
                returned.get(), reopened.get(), data.districts.size(), (System.nanoTime() - t0) / 1e9);
    }
}
