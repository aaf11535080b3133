package th.go.cdd.cdvl.bench;

import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The requests of the scenarios, named as they appear in the reports and the assertions. A session
 * carries {@code district}, {@code province} and the users {@code districtUser},
 * {@code provinceUser}, {@code nationalUser}; each request sends the token of the user its page
 * belongs to.
 */
public final class Requests {

    public static final String TRIVIAL = "trivial: GET /me (national user)";
    public static final String CENTER_LIST = "center list: district, page of 50";
    public static final String CENTER_DETAIL = "center detail";
    public static final String ACTIVITY_LIST = "activity list: district, year, quarter, category";
    public static final String COMPLIANCE_NATION = "compliance: nation";
    public static final String COMPLIANCE_PROVINCE = "compliance: province";
    public static final String COVERAGE_NATION = "coverage: nation";
    public static final String COVERAGE_PROVINCE = "coverage: province";
    public static final String COMPLETENESS_NATION = "completeness: nation";
    public static final String COMPLETENESS_PROVINCE = "completeness: province";
    public static final String PLANS_NATION = "plan against actual: nation";
    public static final String PLANS_PROVINCE = "plan against actual: province";
    public static final String MY_DEADLINES = "my deadlines";
    public static final String REPORT_GET = "deadline day: GET district report";
    public static final String REPORT_PUT = "deadline day: PUT narrative";
    public static final String REPORT_SUBMIT = "deadline day: POST submit";

    private static final String[] CATEGORIES = {"MISSION", "DIMENSION", "NATIONAL_DAY"};

    private final Tokens tokens;
    private final Data data;

    public Requests(Tokens tokens, Data data) {
        this.tokens = tokens;
        this.data = data;
    }

    public static HttpProtocolBuilder protocol() {
        return http.baseUrl(Bench.baseUrl())
                .acceptHeader("application/json")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("cdvl-bench/gatling")
                .warmUp(Bench.baseUrl() + "/q/health/live")
                .shareConnections();
    }

    /** Session attributes of a random district: its users, its province, a year and quarter. */
    public Map<String, Object> districtSession(Data.District d) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int quarter = r.nextInt(1, 5);
        String category = r.nextInt(3) == 0 ? "" : "&category=" + CATEGORIES[r.nextInt(CATEGORIES.length)];
        return Map.of("district", d.code(), "province", d.province(), "districtUser", d.browseUser(),
                "submitUser", d.submitUser(), "provinceUser", data.provinceUserOf(d.province()),
                "nationalUser", data.nationalUser(), "center", data.randomCenterOf(d.code()),
                "activityQuery", "districtCode=" + d.code() + "&fiscalYear=" + data.fiscalYear() + "&quarter=" + quarter
                        + category + "&size=50");
    }

    private Function<Session, String> bearer(String userAttribute) {
        return s -> "Bearer " + tokens.access(s.getString(userAttribute));
    }

    private Function<Session, String> bearerOf(String user) {
        return s -> "Bearer " + tokens.access(user);
    }

    public HttpRequestActionBuilder trivial() {
        // the national user's /me touches no database (an area user's resolves the area's names): the pure ceiling
        return http(TRIVIAL).get("/api/v1/me").header("Authorization", bearerOf(data.nationalUser())).check(status().is(200));
    }

    public HttpRequestActionBuilder centerList() {
        return http(CENTER_LIST).get("/api/v1/centers?districtCode=#{district}&size=50")
                .header("Authorization", bearer("districtUser")).check(status().is(200));
    }

    public HttpRequestActionBuilder centerDetail() {
        return http(CENTER_DETAIL).get("/api/v1/centers/#{center}")
                .header("Authorization", bearer("districtUser")).check(status().is(200));
    }

    public HttpRequestActionBuilder activityList() {
        return http(ACTIVITY_LIST).get("/api/v1/activities?#{activityQuery}")
                .header("Authorization", bearer("districtUser")).check(status().is(200));
    }

    public HttpRequestActionBuilder myDeadlines() {
        return http(MY_DEADLINES).get("/api/v1/my-deadlines")
                .header("Authorization", bearer("districtUser")).check(status().is(200));
    }

    public HttpRequestActionBuilder complianceNation() {
        return http(COMPLIANCE_NATION).get("/api/v1/compliance?fiscalYear=" + data.fiscalYear())
                .header("Authorization", bearerOf(data.nationalUser())).check(status().is(200));
    }

    public HttpRequestActionBuilder coverageNation() {
        return http(COVERAGE_NATION).get("/api/v1/coverage?fiscalYear=" + data.fiscalYear())
                .header("Authorization", bearerOf(data.nationalUser())).check(status().is(200));
    }

    public HttpRequestActionBuilder completenessNation() {
        return http(COMPLETENESS_NATION).get("/api/v1/completeness?fiscalYear=" + data.fiscalYear())
                .header("Authorization", bearerOf(data.nationalUser())).check(status().is(200));
    }

    /** The driving plans' summary of a fiscal year (centers with a plan, planned lines done) per province. */
    public HttpRequestActionBuilder plansNation(int fiscalYear) {
        return http(PLANS_NATION).get("/api/v1/plans/summary?fiscalYear=" + fiscalYear)
                .header("Authorization", bearerOf(data.nationalUser())).check(status().is(200));
    }

    /** The driving plans' summary of a fiscal year per district of the province. */
    public HttpRequestActionBuilder plansProvince(int fiscalYear) {
        return http(PLANS_PROVINCE).get(s -> "/api/v1/plans/summary?areaCode=" + province(s) + "&fiscalYear=" + fiscalYear)
                .header("Authorization", provinceBearer()).check(status().is(200));
    }

    /** The province pages of the session's province (or of the benchmark province without one). */
    public HttpRequestActionBuilder complianceProvince() {
        return http(COMPLIANCE_PROVINCE).get(s -> "/api/v1/compliance?areaCode=" + province(s) + "&fiscalYear=" + data.fiscalYear())
                .header("Authorization", provinceBearer()).check(status().is(200));
    }

    public HttpRequestActionBuilder coverageProvince() {
        return http(COVERAGE_PROVINCE).get(s -> "/api/v1/coverage?areaCode=" + province(s) + "&fiscalYear=" + data.fiscalYear())
                .header("Authorization", provinceBearer()).check(status().is(200));
    }

    public HttpRequestActionBuilder completenessProvince() {
        return http(COMPLETENESS_PROVINCE).get(s -> "/api/v1/completeness?areaCode=" + province(s) + "&fiscalYear=" + data.fiscalYear())
                .header("Authorization", provinceBearer()).check(status().is(200));
    }

    private String province(Session s) {
        return s.contains("province") ? s.getString("province") : data.province();
    }

    private Function<Session, String> provinceBearer() {
        return s -> "Bearer " + tokens.access(s.contains("provinceUser") ? s.getString("provinceUser") : data.provinceUser());
    }
}
