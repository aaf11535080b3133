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
 * Compliance, coverage, completeness and plan against actual (the driving plans' summary) for the
 * nation (national user) and for one province (its officer; the province with the most centers unless
 * bench.province says otherwise), one after the other, each alone at an open arrival rate (default 50
 * requests/s). Fails unless every request succeeds and each one's p99 ≤ {@code bench.dashboardP99Ms} (50 ms).
 *
 * <p>Settings: bench.dashboardRate (50), bench.dashboardSeconds (30), bench.rampSeconds (10 → 5 here),
 * bench.dashboardP99Ms (50), bench.dashboardParts (compliance,coverage,completeness,plans: which pages run),
 * bench.planFiscalYear (the fiscal year of the plans' summary; default the data's fiscal year).
 */
public class DashboardSimulation extends Simulation {

    private final Data data = Data.load();
    private final Tokens tokens = Tokens.load();
    private final Requests requests = new Requests(tokens, data);

    private final double rate = Bench.decimal("bench.dashboardRate", 50);
    private final int seconds = Bench.integer("bench.dashboardSeconds", 30);
    private final int ramp = Math.max(1, Bench.integer("bench.rampSeconds", 10) / 2);
    private final int p99 = Bench.integer("bench.dashboardP99Ms", 50);
    private final List<String> parts = List.of(Bench.text("bench.dashboardParts", "compliance,coverage,completeness,plans").split(","));
    private final int planYear = Bench.integer("bench.planFiscalYear", data.fiscalYear());

    {
        tokens.keepFresh(List.of(data.nationalUser(), data.provinceUser()));
        List<HttpRequestActionBuilder> steps = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (parts.contains("compliance")) {
            steps.addAll(List.of(requests.complianceNation(), requests.complianceProvince()));
            names.addAll(List.of(Requests.COMPLIANCE_NATION, Requests.COMPLIANCE_PROVINCE));
        }
        if (parts.contains("coverage")) {
            steps.addAll(List.of(requests.coverageNation(), requests.coverageProvince()));
            names.addAll(List.of(Requests.COVERAGE_NATION, Requests.COVERAGE_PROVINCE));
        }
        if (parts.contains("completeness")) {
            steps.addAll(List.of(requests.completenessNation(), requests.completenessProvince()));
            names.addAll(List.of(Requests.COMPLETENESS_NATION, Requests.COMPLETENESS_PROVINCE));
        }
        if (parts.contains("plans")) {
            steps.addAll(List.of(requests.plansNation(planYear), requests.plansProvince(planYear)));
            names.addAll(List.of(Requests.PLANS_NATION, Requests.PLANS_PROVINCE));
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("bench.dashboardParts names none of compliance, coverage, completeness, plans");
        }
        System.out.printf("Dashboard: each of %d requests alone at %.0f req/s for %d s (+%d s ramp); fiscal year %d (plans %d), province %s (%s centers)%n",
                steps.size(), rate, seconds, ramp, data.fiscalYear(), planYear, data.province(), data.meta("provinceCenters"));

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
