package th.go.cdd.cdvl.common.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.testsupport.RealmTokens;

/** Each answer's X-Request-Id, and the same id on the log lines written while serving it. */
@QuarkusTest
class RequestIdsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The request id each of our log lines carried, with its message. */
    private final List<String[]> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext && record.getLoggerName().startsWith("th.go.cdd.cdvl")) {
                synchronized (lines) {
                    lines.add(new String[] {ext.getMdc(RequestIds.KEY), ext.getFormattedMessage()});
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(handler);
    }

    @Test
    void aCallersPlainIdIsKeptAndCarriedByTheRequestsLogLines() throws InterruptedException {
        String token = RealmTokens.userToken("demo.district5201");
        Response me = given().auth().oauth2(token).header(RequestIds.HEADER, "dwh-sync-20261204-0042").get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.header(RequestIds.HEADER)).isEqualTo("dwh-sync-20261204-0042");
        assertThat(logged("dwh-sync-20261204-0042")).as("the answer's log line").anyMatch(m -> m.startsWith("GET /api/v1/me 200 "));
    }

    @Test
    void anyOtherIdIsReplacedSoNoCallerWritesTextIntoTheLogs() {
        assertThat(given().header(RequestIds.HEADER, "a b").get("/api/v1/me").header(RequestIds.HEADER)).matches(UUID_PATTERN);
        assertThat(given().header(RequestIds.HEADER, "x".repeat(65)).get("/api/v1/me").header(RequestIds.HEADER)).matches(UUID_PATTERN);
        assertThat(given().header(RequestIds.HEADER, "${jndi:ldap://x}").get("/api/v1/me").header(RequestIds.HEADER)).matches(UUID_PATTERN);
    }

    @Test
    void everyAnswerCarriesOneEvenRefusalsAndTheApp() {
        Response anonymous = given().get("/api/v1/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header(RequestIds.HEADER)).matches(UUID_PATTERN);
        String other = given().get("/api/v1/me").header(RequestIds.HEADER);
        assertThat(other).matches(UUID_PATTERN).isNotEqualTo(anonymous.header(RequestIds.HEADER));
        assertThat(given().get("/q/health/live").header(RequestIds.HEADER)).matches(UUID_PATTERN);
    }

    /** The messages logged under the id; the answer's line is written as it ends, so it may come a moment later. */
    private List<String> logged(String requestId) throws InterruptedException {
        for (int wait = 0; wait < 50; wait++) {
            synchronized (lines) {
                List<String> found = lines.stream().filter(l -> requestId.equals(l[0])).map(l -> l[1]).toList();
                if (!found.isEmpty()) {
                    return found;
                }
            }
            Thread.sleep(20);
        }
        return List.of();
    }
}
