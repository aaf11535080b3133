package th.go.cdd.cdvl.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;

/**
 * List and detail at an open arrival rate (default 1,000 requests/s in all): first the trivial
 * authenticated endpoint alone at that rate (the reference), then center list for a district
 * (page of 50), center detail and the activity list with filters, a third of the rate each.
 * Each phase ramps from 10 % to full rate, then holds it. Fails unless every list/detail request
 * succeeds and each one's p99 ≤ {@code bench.listP99Ms} (30 ms).
 *
 * <p>Settings: bench.rate (1000), bench.rampSeconds (10), bench.trivialSeconds (30),
 * bench.listSeconds (60), bench.listP99Ms (30).
 */
public class ListDetailSimulation extends Simulation {

    private final Data data = Data.load();
    private final Tokens tokens = Tokens.load();
    private final Requests requests = new Requests(tokens, data);

    private final double rate = Bench.decimal("bench.rate", 1000);
    private final int ramp = Bench.integer("bench.rampSeconds", 10);
    private final int trivialSeconds = Bench.integer("bench.trivialSeconds", 30);
    private final int listSeconds = Bench.integer("bench.listSeconds", 60);
    private final int p99 = Bench.integer("bench.listP99Ms", 30);

    {
        tokens.keepFresh(data.allUsers());
        System.out.printf("ListDetail: %.0f req/s (trivial %d s, then list+detail+activities %d s, ramp %d s), %s mode, %d districts, %d centers%n",
                rate, trivialSeconds, listSeconds, ramp, data.meta("mode"), data.districts.size(), data.centers.size());

        var feeder = Data.random(data.districts, requests::districtSession);
        ScenarioBuilder trivial = scenario("trivial").feed(feeder).exec(requests.trivial());
        ScenarioBuilder list = scenario("center list").feed(feeder).exec(requests.centerList());
        ScenarioBuilder detail = scenario("center detail").feed(feeder).exec(requests.centerDetail());
        ScenarioBuilder activities = scenario("activity list").feed(feeder).exec(requests.activityList());

        setUp(trivial.injectOpen(steps(rate, trivialSeconds))
                .andThen(
                        list.injectOpen(steps(rate / 3, listSeconds)),
                        detail.injectOpen(steps(rate / 3, listSeconds)),
                        activities.injectOpen(steps(rate / 3, listSeconds))))
                .protocols(Requests.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        details(Requests.CENTER_LIST).responseTime().percentile(99.0).lte(p99),
                        details(Requests.CENTER_DETAIL).responseTime().percentile(99.0).lte(p99),
                        details(Requests.ACTIVITY_LIST).responseTime().percentile(99.0).lte(p99));
    }

    private List<OpenInjectionStep> steps(double perSecond, int seconds) {
        return List.of(rampUsersPerSec(perSecond / 10).to(perSecond).during(ramp),
                constantUsersPerSec(perSecond).during(seconds).randomized());
    }
}
