package th.go.cdd.cdvl.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Compliance, coverage and completeness for the nation (national user) and for one province (its
 * officer; the province with the most centers unless bench.province says otherwise), one after the
 * other, each alone at an open arrival rate (default 50 requests/s). Fails unless every request
 * succeeds and each one's p99 ≤ {@code bench.dashboardP99Ms} (50 ms).
 *
 * <p>Settings: bench.dashboardRate (50), bench.dashboardSeconds (30), bench.rampSeconds (10 → 5 here),
 * bench.dashboardP99Ms (50).
 */
public class DashboardSimulation extends Simulation {

    private final Data data = Data.load();
    private final Tokens tokens = Tokens.load();
    private final Requests requests = new Requests(tokens, data);

    private final double rate = Bench.decimal("bench.dashboardRate", 50);
    private final int seconds = Bench.integer("bench.dashboardSeconds", 30);
    private final int ramp = Math.max(1, Bench.integer("bench.rampSeconds", 10) / 2);
    private final int p99 = Bench.integer("bench.dashboardP99Ms", 50);

    {
        tokens.keepFresh(List.of(data.nationalUser(), data.provinceUser()));
        System.out.printf("Dashboard: each of 6 requests alone at %.0f req/s for %d s (+%d s ramp); fiscal year %d, province %s (%s centers)%n",
                rate, seconds, ramp, data.fiscalYear(), data.province(), data.meta("provinceCenters"));

        List<HttpRequestActionBuilder> steps = List.of(
                requests.complianceNation(), requests.complianceProvince(),
                requests.coverageNation(), requests.coverageProvince(),
                requests.completenessNation(), requests.completenessProvince());
        List<String> names = List.of(Requests.COMPLIANCE_NATION, Requests.COMPLIANCE_PROVINCE, Requests.COVERAGE_NATION,
                Requests.COVERAGE_PROVINCE, Requests.COMPLETENESS_NATION, Requests.COMPLETENESS_PROVINCE);

        // andThen returns a new builder: chain from the last step backwards
        PopulationBuilder chain = null;
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        for (int i = steps.size() - 1; i >= 0; i--) {
            PopulationBuilder p = scenario(names.get(i)).exec(steps.get(i))
                    .injectOpen(rampUsersPerSec(rate / 10).to(rate).during(ramp), constantUsersPerSec(rate).during(seconds).randomized());
            chain = chain == null ? p : p.andThen(chain);
            assertions.add(1, details(names.get(i)).responseTime().percentile(99.0).lte(p99));
        }
        setUp(chain).protocols(Requests.protocol()).assertions(assertions);
    }
}
