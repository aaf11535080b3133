package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reliability.support.Api;
import th.go.cdd.cdvl.reliability.support.Api.Reply;
import th.go.cdd.cdvl.reliability.support.Bodies;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Race;
import th.go.cdd.cdvl.reliability.support.Stack;

/**
 * Writers who loaded the same version of a center, an activity or a district report save at the
 * same instant: exactly one wins, every other one gets 412 with the version now current, and the
 * record holds the winner's change with exactly one audit entry for it.
 */
@Order(1)
class ConcurrentWritersTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 3;

    private static Stack stack;
    private static Lampang lampang;
    private static String token;

    @BeforeAll
    static void start() {
        stack = Stack.get();
        lampang = new Lampang(stack.postgres);
        token = stack.keycloak.token(Lampang.OFFICER);
    }

    @Test
    void sameVersionOfACenter() throws Exception {
        UUID center = lampang.centersOf(Lampang.DISTRICT).get(0);
        String path = "/api/v1/centers/" + center;
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode view = stack.api.get(path, token).json();
            int r = round;
            race(center, path, i -> centerRequest(view, "round " + r + " writer " + i), "notes");
        }
    }

    @Test
    void sameVersionOfAnActivity() throws Exception {
        UUID center = lampang.centersOf(Lampang.DISTRICT).get(1);
        Reply created = stack.api.post("/api/v1/activities", token, Bodies.activity(center, "race", 1));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        UUID activity = UUID.fromString(created.json().path("id").asText());
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            race(activity, "/api/v1/activities/" + activity,
                    i -> Bodies.activity(center, "round " + r + " writer " + i, i), "title");
        }
    }

    @Test
    void sameVersionOfADistrictReport() throws Exception {
        UUID deadline = lampang.quarterlyDeadline(3);
        String path = "/api/v1/deadlines/" + deadline + "/reports/" + Lampang.DISTRICT;
        Reply started = stack.api.put(path, token, null, Bodies.narrative("first draft"));
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        UUID report = UUID.fromString(started.json().path("id").asText());
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            race(report, path, i -> Bodies.narrative("round " + r + " writer " + i), "results");
        }
    }

    /**
     * Everyone sends the version they read; exactly one 200, the rest 412 naming the new version,
     * the record shows the winner's value, and its history got exactly one more update.
     */
    private void race(UUID id, String path, IntFunction<Map<String, Object>> bodyOf, String field) throws Exception {
        Reply before = stack.api.get(path, token);
        String etag = before.etag();
        long version = before.json().path("version").asLong();
        long updatesBefore = updatesOf(id);

        List<Reply> replies = Race.run(WRITERS, i -> stack.api.put(path, token, etag, bodyOf.apply(i)));

        List<Integer> winners = java.util.stream.IntStream.range(0, WRITERS)
                .filter(i -> replies.get(i).status() == 200).boxed().toList();
        assertThat(winners).as("writers that got 200: %s", replies).hasSize(1);
        int winner = winners.get(0);
        for (int i = 0; i < WRITERS; i++) {
            if (i != winner) {
                Reply loser = replies.get(i);
                assertThat(loser.status()).as("loser %d: %s", i, loser).isEqualTo(412);
                assertThat(loser.problemCode()).as("loser %d: %s", i, loser).isEqualTo("version.stale");
            }
        }
        Reply after = stack.api.get(path, token);
        assertThat(after.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(after.json().path(field).asText()).isEqualTo(bodyOf.apply(winner).get(field));
        assertThat(updatesOf(id)).as("audit entries of the update").isEqualTo(updatesBefore + 1);
    }

    private long updatesOf(UUID id) {
        return stack.postgres.number("select count(*) from audit_event where entity_id = ? and action = 'UPDATE'",
                id.toString());
    }

    private static Map<String, Object> centerRequest(JsonNode view, String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("subdistrictCode", "name", "villageNo", "villageName", "address", "latitude",
                "longitude", "establishedOn", "phone", "exceptionReason")) {
            JsonNode value = view.path(field);
            body.put(field, value.isMissingNode() || value.isNull() ? null : Api.JSON.convertValue(value, Object.class));
        }
        body.put("notes", notes);
        return body;
    }
}
