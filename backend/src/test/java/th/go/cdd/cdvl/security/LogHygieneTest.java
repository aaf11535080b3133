package th.go.cdd.cdvl.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.CapturedLogs;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/**
 * The app's logs carry no phone numbers, tokens or passwords: real-token requests that write
 * personal data, bad requests full of it, and failed sign-ins, with everything logged meanwhile
 * (our code at DEBUG in the test profile) searched for what was sent.
 */
@QuarkusTest
class LogHygieneTest {

    private static final String MADE_UP_PASSWORD = "Pa55-word-never-logged";

    @Inject
    EntityManager entityManager;

    private final List<String> secrets = new ArrayList<>();
    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        logs = CapturedLogs.start();
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    @Test
    void personalDataWrittenWithARealTokenIsNotLogged() {
        String token = secret(RealmTokens.userToken("demo.district5201"));
        String stamp = Long.toString(System.nanoTime() % 100_000);

        Response center = as(token).body(center(phone("054-918273"), "ศูนย์ตรวจบันทึก " + stamp)).post("/api/v1/centers");
        assertThat(center.statusCode()).as(center.asString()).isEqualTo(201);
        String centerPath = "/api/v1/centers/" + center.path("id");
        assertThat(as(token).header("If-Match", center.header("ETag")).body(center(phone("054-918274"), "ศูนย์ตรวจบันทึก " + stamp))
                .put(centerPath).statusCode()).isEqualTo(200);

        Response member = as(token).body(member(phone("081-736-4529"))).post(centerPath + "/members");
        assertThat(member.statusCode()).as(member.asString()).isEqualTo(201);
        assertThat(as(token).header("If-Match", member.header("ETag")).body(member(phone("081-736-4530")))
                .put(centerPath + "/members/" + member.path("id")).statusCode()).isEqualTo(200);

        Response partner = as(token).body(partner(phone("089-102-3847"), "วัดตรวจบันทึก " + stamp)).post("/api/v1/partners");
        assertThat(partner.statusCode()).as(partner.asString()).isEqualTo(201);
        assertThat(as(token).header("If-Match", partner.header("ETag")).body(partner(phone("089-102-3848"), "วัดตรวจบันทึก " + stamp))
                .put("/api/v1/partners/" + partner.path("id")).statusCode()).isEqualTo(200);

        assertThat(as(token).get(centerPath + "/members").statusCode()).isEqualTo(200);
        assertThat(as(token).queryParam("q", phone("086-204-7781")).get("/api/v1/centers").statusCode()).isLessThan(500);

        assertLogsKeepSecrets();
    }

    @Test
    void badRequestsCarryingPersonalDataLeaveNoTraceOfItInTheLogs() {
        String token = secret(RealmTokens.userToken("demo.district5201"));
        String centerId = as(token).body(center(null, "ศูนย์ตรวจคำขอผิด " + System.nanoTime() % 100_000))
                .post("/api/v1/centers").path("id");
        String members = "/api/v1/centers/" + centerId + "/members";

        List<Response> answers = List.of(
                as(token).body(member(phone("081-999-8877665544332211"))).post(members),
                as(token).body("{\"fullName\": \"นางทดสอบ\", \"role\": \"CHAIR\", \"phone\": \"" + phone("086-555-1212") + "\",")
                        .post(members),
                as(token).body(Map.of("fullName", "นางทดสอบ", "role", "PHONE-" + phone("086-555-1313"))).post(members),
                as(token).body(Map.of("fullName", "นางทดสอบ", "role", "CHAIR", "phone", List.of(phone("086-555-1414"))))
                        .post(members),
                as(token).body(Map.of("fullName", "นางทดสอบ", "role", "CHAIR", "phone", phone("086-555-1515"),
                        "since", "not-a-date-" + phone("086-555-1616"))).post(members),
                as(token).body(Map.of("fullName", "นางทดสอบ", "role", "CHAIR", "phone", phone("086-555-1717"),
                        "since", "+999999999-01-01")).post(members),
                as(token).body(center(phone("086-555-1818"), "x".repeat(300))).post("/api/v1/centers"),
                as(token).body(Map.of("name", "วัดคำขอผิด", "sector", "RELIGION", "contactPhone", phone("086-555-1919"),
                        "areaCode", "5001")).post("/api/v1/partners"),
                as(token).body(member(phone("086-555-2020"))).put(members + "/" + UUID.randomUUID()),
                as(token).body(member(phone("086-555-2121"))).put(members + "/not-a-uuid"),
                as(token).queryParam("status", phone("086-555-2222")).get("/api/v1/centers"));
        answers.forEach(answer -> assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 499));

        assertLogsKeepSecrets();
    }

    @Test
    void failedSignInsLogNeitherTheTokensNorThePasswords() throws InterruptedException {
        String realToken = RealmTokens.userToken("demo.district5201");
        String tampered = secret(realToken.substring(0, realToken.length() - 6) + "AAAAAA");
        String forged = secret("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsZWFrLWNoZWNrIn0.c2lnbmF0dXJlLW5ldmVyLWxvZ2dlZA");
        String expired = secret(RealmTokens.userToken("cdvl-tests-short-lived", "demo.district5201"));
        secret(RealmTokens.DEMO_PASSWORD);
        secret(MADE_UP_PASSWORD);
        String basic = secret(Base64.getEncoder().encodeToString(("demo.district5201:" + MADE_UP_PASSWORD)
                .getBytes(StandardCharsets.UTF_8)));
        String basicDemo = secret(Base64.getEncoder().encodeToString(("demo.district5201:" + RealmTokens.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8)));
        Thread.sleep(2_500);

        for (String authorization : List.of("Bearer " + tampered, "Bearer " + forged, "Bearer " + expired, "Basic " + basic,
                "Basic " + basicDemo, "Bearer " + MADE_UP_PASSWORD, MADE_UP_PASSWORD)) {
            for (String path : List.of("/api/v1/me", "/api/v1/centers")) {
                assertThat(given().header("Authorization", authorization).get(path).statusCode()).as(path).isEqualTo(401);
            }
        }
        assertThat(given().header("Authorization", "Bearer " + tampered).contentType(ContentType.JSON)
                .body(member(phone("086-555-2323"))).post("/api/v1/centers/" + UUID.randomUUID() + "/members")
                .statusCode()).isEqualTo(401);

        assertLogsKeepSecrets();
    }

    /** Should a rule ever slip past the service, the database refuses the row; its values are not logged. */
    @Test
    void aRowTheDatabaseRefusesIsLoggedWithoutItsValues() {
        String phone = phone("054-777-9991");
        String insert = "insert into center (id, subdistrict_code, district_code, province_code, name, village_no, status, phone,"
                + " version, created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), '520101', '5201', '52',"
                + " :name, :villageNo, 'ACTIVE', :phone, 0, now(), 'log-check', now(), 'log-check')";
        for (Object[] values : new Object[][] {{"ศูนย์หมู่ที่เกิน", 500}, {null, 1}}) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(insert)
                    .setParameter("name", values[0]).setParameter("villageNo", values[1]).setParameter("phone", phone)
                    .executeUpdate())).isInstanceOf(PersistenceException.class);
        }
        assertThat(logs.text()).contains("center_village_no_check");

        assertLogsKeepSecrets();
    }

    private void assertLogsKeepSecrets() {
        Logger.getLogger("th.go.cdd.cdvl.security").debug("log capture check");
        String text = logs.text();
        assertThat(text).as("the capture sees the app's DEBUG logs").contains("log capture check");
        for (String secret : secrets) {
            assertThat(text).as("logs (%d records) must not contain %s", logs.size(), shorten(secret)).doesNotContain(secret);
        }
    }

    /** A phone number sent in this test; also looked for without its separators. */
    private String phone(String number) {
        secrets.add(number);
        secrets.add(number.replaceAll("[^0-9]", ""));
        return number;
    }

    private String secret(String value) {
        secrets.add(value);
        return value;
    }

    private static String shorten(String secret) {
        return secret.length() > 24 ? secret.substring(0, 12) + "…" + secret.substring(secret.length() - 6) : secret;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> center(String phone, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("subdistrictCode", "520103", "name", name, "villageNo", 4,
                "exceptionReason", "ตรวจบันทึกระบบ"));
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    private static Map<String, Object> member(String phone) {
        return Map.of("fullName", "นางสมใจ ทดสอบ", "role", "SECRETARY", "gender", "FEMALE", "phone", phone);
    }

    private static Map<String, Object> partner(String phone, String name) {
        return Map.of("name", name, "sector", "RELIGION", "kind", "วัด", "contactPerson", "พระครูทดสอบ",
                "contactPhone", phone, "areaCode", "5201", "acknowledgeDuplicates", true);
    }
}
