package th.go.cdd.cdvl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.contract.BadInputs.Probe;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;
import th.go.cdd.cdvl.contract.OpenApiContract.Operation;
import th.go.cdd.cdvl.contract.Wire.Answer;

/**
 * The contract's roles, operation by operation, against the running code: no token → 401, a token
 * without a CDVL role → 403, every role the operation does not list → 403, every role it lists may
 * at least read, and an officer of another district (or province) finds no record of Lampang (404),
 * nor anything when a query parameter selects Lampang's area (404, or an empty page for list filters).
 * Each identity is one test method (@TestSecurity is per method) walking the whole contract; the
 * cases come from the contract, so a new operation gets them without being named here — except
 * that a path with parameters must be classified below, which {@link #everyOperationOfTheContractHasItsScopeCases}
 * enforces ({@code ScopeMatrixGuardTest} shows that it does).
 */
@QuarkusTest
class ScopeMatrixContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    static final String PUBLIC_OPERATION = "GET /api/v1/app-config";
    static final List<String> ROLES = List.of("admin", "national", "province-officer", "district-officer", "viewer", "api-client");

    /** Paths that name a record, or an area's own data, which only callers covering that area may reach. */
    static final Set<String> AREA_RECORDS = Set.of(
            "/api/v1/activities/{id}",
            "/api/v1/activities/{id}/history",
            "/api/v1/activities/{id}/partners",
            "/api/v1/activities/{id}/photos",
            "/api/v1/activities/{id}/photos/{photoId}",
            "/api/v1/activities/{id}/photos/{photoId}/thumbnail",
            "/api/v1/activities/{id}/void",
            "/api/v1/centers/{centerId}/members",
            "/api/v1/centers/{centerId}/members/{memberId}",
            "/api/v1/centers/{centerId}/members/{memberId}/erase",
            "/api/v1/centers/{centerId}/partner-links",
            "/api/v1/centers/{centerId}/plans/{year}",
            "/api/v1/centers/{centerId}/plans/{year}/confirm",
            "/api/v1/centers/{centerId}/plans/{year}/copy-from-last-year",
            "/api/v1/centers/{centerId}/plans/{year}/history",
            "/api/v1/centers/{id}",
            "/api/v1/centers/{id}/history",
            "/api/v1/centers/{id}/status",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report.xlsx",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/accept",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/reopen",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/return",
            "/api/v1/deadlines/{deadlineId}/provinces/{provinceCode}/report/submit",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}.xlsx",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}/accept",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}/reopen",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}/return",
            "/api/v1/deadlines/{deadlineId}/reports/{districtCode}/submit",
            "/api/v1/deadlines/{id}/provinces/{provinceCode}",
            "/api/v1/districts/{code}/operating-point",
            "/api/v1/document-requests/{id}",
            "/api/v1/document-requests/{id}/answers",
            "/api/v1/document-requests/{id}/answers.zip",
            "/api/v1/document-requests/{id}/answers/{officeCode}",
            "/api/v1/document-requests/{id}/answers/{officeCode}/accept",
            "/api/v1/document-requests/{id}/answers/{officeCode}/files",
            "/api/v1/document-requests/{id}/answers/{officeCode}/files/{fileId}",
            "/api/v1/document-requests/{id}/answers/{officeCode}/return",
            "/api/v1/document-requests/{id}/answers/{officeCode}/submit",
            "/api/v1/document-requests/{id}/template",
            "/api/v1/lessons/{id}",
            "/api/v1/lessons/{id}/photos",
            "/api/v1/lessons/{id}/photos/{photoId}",
            "/api/v1/lessons/{id}/publish",
            "/api/v1/lessons/{id}/return",
            "/api/v1/lessons/{id}/submit",
            "/api/v1/lessons/{id}/withdraw",
            "/api/v1/meetings/{id}",
            "/api/v1/meetings/{id}/files",
            "/api/v1/meetings/{id}/files/{fileId}",
            "/api/v1/meetings/{id}/resolutions/{resolutionId}/done",
            "/api/v1/office-contacts/{areaCode}",
            "/api/v1/partner-links/{id}",
            "/api/v1/partners/{id}",
            "/api/v1/partners/{id}/links",
            "/api/v1/visits/{id}",
            "/api/v1/visits/{id}/photos",
            "/api/v1/visits/{id}/photos/{photoId}");

    /**
     * Writes that create or replace the data of an area named by its code (not by a record id): for
     * another area they may be refused as 403 {@code *.area.forbidden} instead of 404, as creating a
     * center in another district is.
     */
    static final Set<String> AREA_KEYED_WRITES = Set.of(
            "PUT /api/v1/deadlines/{deadlineId}/reports/{districtCode}",
            "PUT /api/v1/deadlines/{id}/provinces/{provinceCode}",
            "PUT /api/v1/districts/{code}/operating-point",
            "PUT /api/v1/office-contacts/{areaCode}");

    /**
     * Paths whose parameters name reference data or national settings, the same for every area; and
     * the library's published lessons, which every area reads by design (a lesson's own path under
     * /lessons stays its area's).
     */
    static final Set<String> SHARED_DATA = Set.of(
            "/api/v1/areas/{code}",
            "/api/v1/districts/{code}",
            "/api/v1/districts/{code}/subdistricts",
            "/api/v1/provinces/{code}",
            "/api/v1/provinces/{code}/districts",
            "/api/v1/subdistricts/{code}",
            "/api/v1/fiscal-years/{year}",
            "/api/v1/fiscal-years/{year}/deadlines",
            "/api/v1/fiscal-years/{year}/operation-period",
            "/api/v1/fiscal-years/{year}/location-report",
            "/api/v1/fiscal-years/{year}/rubric",
            "/api/v1/holidays/{date}",
            "/api/v1/library/lessons/{id}",
            "/api/v1/library/lessons/{id}/photos/{photoId}",
            "/api/v1/deadlines/{id}/due-on",
            "/api/v1/deadlines/{id}/province-report-due-on",
            "/api/v1/deadlines/{deadlineId}/province-reports",
            "/api/v1/deadlines/{deadlineId}/national-report",
            "/api/v1/deadlines/{deadlineId}/national-report.xlsx",
            "/api/v1/fiscal-years/{year}/national-report",
            "/api/v1/fiscal-years/{year}/national-report.xlsx");

    enum Expect {
        UNAUTHENTICATED, FORBIDDEN, NOT_IN_AREA, FOREIGN_AREA_SELECTOR, MAY_READ
    }

    /** Query parameters that select an area by its geocode: named for Lampang, a foreign caller must get 404. */
    static boolean isAreaSelector(OpenApiContract.Parameter parameter) {
        return parameter.name().endsWith("Code");
    }

    /** A test identity: its roles, and whether its area lies outside Lampang. */
    record Caller(String name, Set<String> roles, boolean authenticated, boolean foreign) {
    }

    /** {@code areaSelector}: the query parameter naming Lampang, for {@link Expect#FOREIGN_AREA_SELECTOR}. */
    record Case(Operation op, Expect expect, String areaSelector) {

        Case(Operation op, Expect expect) {
            this(op, expect, null);
        }
    }

    static final Caller NO_TOKEN = new Caller("no token", Set.of(), false, false);
    static final Caller NO_CDVL_ROLE = new Caller("offline_access only", Set.of("offline_access"), true, false);
    static final Caller OTHER_DISTRICT = new Caller("district-officer of 5001", Set.of("district-officer"), true, true);
    static final Caller OTHER_PROVINCE = new Caller("province-officer of 50", Set.of("province-officer"), true, true);

    static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>(List.of(NO_TOKEN, NO_CDVL_ROLE, OTHER_DISTRICT, OTHER_PROVINCE));
        ROLES.forEach(role -> callers.add(role(role)));
        return callers;
    }

    static Caller role(String role) {
        return new Caller(role, Set.of(role), true, false);
    }

    /** What the contract says each operation owes this caller. */
    static List<Case> plan(OpenApiContract contract, Caller caller) {
        List<Case> cases = new ArrayList<>();
        for (Operation op : contract.operations()) {
            if (op.key().equals(PUBLIC_OPERATION)) {
                continue;
            }
            boolean listed = op.scopes().stream().anyMatch(caller.roles()::contains);
            if (!caller.authenticated()) {
                cases.add(new Case(op, Expect.UNAUTHENTICATED));
            } else if (!listed) {
                cases.add(new Case(op, Expect.FORBIDDEN));
            } else if (caller.foreign()) {
                if (AREA_RECORDS.contains(op.path())) {
                    cases.add(new Case(op, Expect.NOT_IN_AREA));
                }
                op.in("query").stream().filter(ScopeMatrixContractTest::isAreaSelector)
                        .forEach(p -> cases.add(new Case(op, Expect.FOREIGN_AREA_SELECTOR, p.name())));
            } else if (op.isRead()) {
                cases.add(new Case(op, Expect.MAY_READ));
            }
        }
        return cases;
    }

    private static FixtureSet lampang;

    @Inject
    ContractFixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void lampangRecords() {
        if (lampang == null) {
            lampang = fixtures.in("520101", "ลำปาง");
        }
    }

    @Test
    void withoutATokenEveryOperationAnswers401() {
        List<String> failures = new ArrayList<>();
        int sent = walk(NO_TOKEN, probe -> probe, failures);
        sent += walk(NO_TOKEN, probe -> probe.withHeader("Authorization", "Bearer garbage"), failures);
        sent += walk(NO_TOKEN, probe -> probe.withHeader("Authorization", "Bearer " + unsignedAdminToken()), failures);
        assertNone(NO_TOKEN, sent, failures);
    }

    @Test
    @TestSecurity(user = "contract.stranger", roles = "offline_access")
    void withoutACdvlRoleEveryOperationAnswers403() {
        check(NO_CDVL_ROLE);
    }

    @Test
    @TestSecurity(user = "contract.admin", roles = "admin")
    void anAdministratorIsRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("admin"));
    }

    @Test
    @TestSecurity(user = "contract.national", roles = "national")
    void nationalStaffAreRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("national"));
    }

    @Test
    @TestSecurity(user = "contract.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aProvinceOfficerIsRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("province-officer"));
    }

    @Test
    @TestSecurity(user = "contract.district5201", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5201"))
    void aDistrictOfficerIsRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("district-officer"));
    }

    @Test
    @TestSecurity(user = "contract.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerIsRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("viewer"));
    }

    @Test
    @TestSecurity(user = "service-account-contract", roles = "api-client")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "TH"))
    void anotherSystemIsRefusedExactlyWhatTheContractDoesNotGrant() {
        check(role("api-client"));
    }

    @Test
    @TestSecurity(user = "contract.district5001", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5001"))
    void anOfficerOfAnotherDistrictFindsNoLampangRecord() {
        check(OTHER_DISTRICT);
    }

    @Test
    @TestSecurity(user = "contract.province50", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "50"))
    void anOfficerOfAnotherProvinceFindsNoLampangRecord() {
        check(OTHER_PROVINCE);
    }

    /**
     * The guard: every operation has roles, every path parameter a fixture, every path with
     * parameters a decision whether it is an area's record, and each operation gets its 401 and 403
     * cases; the lists above name nothing the contract lost.
     */
    @Test
    void everyOperationOfTheContractHasItsScopeCases() {
        List<String> problems = missingScopeCases(CONTRACT);
        assertThat(problems).as("scope cases missing:%n  %s", String.join("\n  ", problems)).isEmpty();
    }

    /** What keeps the contract's operations from all having their scope cases; empty when none. */
    static List<String> missingScopeCases(OpenApiContract contract) {
        List<String> problems = new ArrayList<>();
        FixtureSet any = new FixtureSet("52", "5201", "520101", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<String, Set<String>> planned = new TreeMap<>();
        for (Caller caller : callers()) {
            plan(contract, caller).forEach(c -> planned.computeIfAbsent(c.op().key(), k -> new TreeSet<>()).add(caller.name() + ":" + c.expect()));
        }
        boolean publicFound = false;
        for (Operation op : contract.operations()) {
            if (op.key().equals(PUBLIC_OPERATION)) {
                publicFound = true;
                if (op.secured()) {
                    problems.add(op.key() + " is meant to be public but the contract secures it");
                }
                continue;
            }
            if (!op.secured() || op.scopes().isEmpty()) {
                problems.add(op.key() + " lists no roles: every operation under /api/v1 must say who may call it");
            }
            op.scopes().stream().filter(scope -> !ROLES.contains(scope))
                    .forEach(scope -> problems.add(op.key() + " lists an unknown role " + scope));
            try {
                ContractPaths.values(op, any);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
            }
            if (op.path().contains("{") && AREA_RECORDS.contains(op.path()) == SHARED_DATA.contains(op.path())) {
                problems.add(op.key() + ": put its path in exactly one of AREA_RECORDS and SHARED_DATA");
            }
            Set<String> cases = planned.getOrDefault(op.key(), Set.of());
            List<String> owed = new ArrayList<>(List.of(NO_TOKEN.name() + ":" + Expect.UNAUTHENTICATED,
                    NO_CDVL_ROLE.name() + ":" + Expect.FORBIDDEN));
            ROLES.stream().filter(role -> !op.scopes().contains(role)).forEach(role -> owed.add(role + ":" + Expect.FORBIDDEN));
            if (AREA_RECORDS.contains(op.path())) {
                Stream.of(OTHER_DISTRICT, OTHER_PROVINCE)
                        .filter(c -> c.roles().stream().anyMatch(op.scopes()::contains))
                        .forEach(c -> owed.add(c.name() + ":" + Expect.NOT_IN_AREA));
            }
            if (op.in("query").stream().anyMatch(ScopeMatrixContractTest::isAreaSelector)) {
                Stream.of(OTHER_DISTRICT, OTHER_PROVINCE)
                        .filter(c -> c.roles().stream().anyMatch(op.scopes()::contains))
                        .forEach(c -> owed.add(c.name() + ":" + Expect.FOREIGN_AREA_SELECTOR));
            }
            owed.stream().filter(o -> !cases.contains(o)).forEach(o -> problems.add(op.key() + " has no case " + o));
        }
        if (!publicFound) {
            problems.add(PUBLIC_OPERATION + " is gone from the contract: update PUBLIC_OPERATION");
        }
        Set<String> paths = contract.operations().stream().map(Operation::path).collect(Collectors.toSet());
        Set<String> keys = contract.operations().stream().map(Operation::key).collect(Collectors.toSet());
        Stream.concat(AREA_RECORDS.stream(), SHARED_DATA.stream()).filter(p -> !paths.contains(p))
                .forEach(p -> problems.add(p + " is listed here but not in the contract"));
        AREA_KEYED_WRITES.stream().filter(k -> !keys.contains(k))
                .forEach(k -> problems.add(k + " is listed here but not in the contract"));
        keys.stream().filter(k -> !k.equals(PUBLIC_OPERATION) && !planned.containsKey(k))
                .forEach(k -> problems.add(k + " has no scope case at all"));
        return problems;
    }

    private void check(Caller caller) {
        List<String> failures = new ArrayList<>();
        int sent = walk(caller, probe -> probe, failures);
        assertNone(caller, sent, failures);
    }

    private int walk(Caller caller, UnaryOperator<Probe> decorate, List<String> failures) {
        BadInputs requests = new BadInputs(CONTRACT, lampang);
        Wire wire = new Wire(root.toString());
        List<Case> cases = plan(CONTRACT, caller);
        Map<String, Integer> tally = new TreeMap<>();
        for (Case c : cases) {
            Probe probe = decorate.apply(c.areaSelector() == null ? requests.valid(c.op())
                    : requests.validWith(c.op(), c.areaSelector(), lampangCode(c.areaSelector())));
            Answer answer = wire.send(probe, "\"0\"");
            JsonNode body = answer.status() >= 400 ? answer.json() : null;
            tally.merge(c.expect() + "→" + answer.status() + (body == null ? "" : " " + body.path("code").asText()), 1, Integer::sum);
            String wrong = judge(c, answer);
            if (wrong != null) {
                failures.add(c.op().key() + ": expected " + wrong + ", got " + answer.status() + " "
                        + answer.contentType() + " " + answer.excerpt() + "\n      request: " + probe.describe());
            }
        }
        System.out.printf("[scope-matrix %s] %d cases: %s%n", caller.name(), cases.size(), tally);
        return cases.size();
    }

    /** Null when the answer is right, else what was expected. */
    private static String judge(Case c, Answer answer) {
        int status = answer.status();
        JsonNode problem = answer.contentType().startsWith("application/problem+json") ? answer.json() : null;
        String code = problem == null ? null : problem.path("code").asText(null);
        boolean isProblem = problem != null && problem.path("status").asInt() == status && code != null;
        return switch (c.expect()) {
            case UNAUTHENTICATED -> status == 401 && isProblem && code.equals("auth.unauthenticated") ? null
                    : "401 problem auth.unauthenticated";
            case FORBIDDEN -> status == 403 && isProblem && code.equals("auth.forbidden") ? null : "403 problem auth.forbidden";
            case NOT_IN_AREA -> isProblem && (status == 404
                    || (status == 403 && AREA_KEYED_WRITES.contains(c.op().key()) && code.endsWith("area.forbidden")))
                    ? null : AREA_KEYED_WRITES.contains(c.op().key()) ? "404 problem (or 403 *.area.forbidden)" : "404 problem";
            case FOREIGN_AREA_SELECTOR -> (isProblem && status == 404) || isEmptyPage(answer) ? null
                    : "404 problem (or, for a paged list filter, an empty page) for " + c.areaSelector() + " of Lampang";
            case MAY_READ -> status != 401 && status != 403 && status < 500 && (status < 400 || isProblem) ? null
                    : "no refusal by role (not 401/403/5xx)";
        };
    }

    /**
     * A page with nothing on it: list filters (centers, activities, partners, audit events) are
     * narrowed to the caller's scope in the query, so another area's code finds no row. Every other
     * area selector (reports, the duplicate check) must answer 404.
     */
    private static boolean isEmptyPage(Answer answer) {
        if (answer.status() != 200 || !answer.contentType().startsWith("application/json")) {
            return false;
        }
        JsonNode page = answer.json();
        return page.path("items").isArray() && page.path("items").isEmpty() && page.path("totalItems").asLong(-1) == 0;
    }

    /** Lampang's code of the kind the parameter names: a province, a sub-district, else a district. */
    private static String lampangCode(String parameter) {
        return switch (parameter) {
            case "provinceCode" -> lampang.provinceCode();
            case "subdistrictCode" -> lampang.subdistrictCode();
            default -> lampang.districtCode();
        };
    }

    private static void assertNone(Caller caller, int sent, List<String> failures) {
        assertThat(sent).as("cases sent for %s", caller.name()).isPositive();
        assertThat(failures).as("scope matrix, as %s (%d of %d cases wrong):%n  %s", caller.name(), failures.size(), sent,
                String.join("\n  ", failures)).isEmpty();
    }

    /** A token that claims admin but carries no signature ("alg": "none"): must be worth nothing. */
    private static String unsignedAdminToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long exp = System.currentTimeMillis() / 1000 + 3600;
        String payload = b64.encodeToString(("{\"iss\":\"http://localhost:18180/realms/cdvl\",\"aud\":\"cdvl-api\",\"exp\":" + exp
                + ",\"preferred_username\":\"forger\",\"realm_access\":{\"roles\":[\"admin\"]}}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
