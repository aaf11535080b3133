package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reliability.support.Api;
import th.go.cdd.cdvl.reliability.support.Api.Reply;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Stack;
import th.go.cdd.cdvl.reliability.support.Waits;
import th.go.cdd.cdvl.reliability.support.WriteStream;
import th.go.cdd.cdvl.reliability.support.WriteStream.Kind;
import th.go.cdd.cdvl.reliability.support.WriteStream.Write;

/**
 * kill -9 of the app while officers are saving: whatever the client was told was saved is there
 * after the restart, in full and with its audit entry; nothing is there half-written; and a write
 * whose answer was lost can be sent again without making a duplicate.
 */
@Order(3)
class BackendKillTest {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private static Stack stack;
    private static String token;

    @BeforeAll
    static void start() {
        stack = Stack.get();
        token = stack.keycloak.token(Lampang.OFFICER);
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill9() throws Exception {
        List<UUID> centers = new Lampang(stack.postgres).centersOf(Lampang.DISTRICT);
        List<Write> writes;
        long started = System.nanoTime();
        try (WriteStream stream = WriteStream.start(stack.api, token, centers, WRITERS)) {
            Waits.until(ACKNOWLEDGED_BEFORE_KILL + " acknowledged writes", Duration.ofSeconds(90),
                    () -> stream.acknowledged() >= ACKNOWLEDGED_BEFORE_KILL);
            System.out.printf("%d acknowledged writes in %.1f s; kill -9 now%n", stream.acknowledged(),
                    (System.nanoTime() - started) / 1e9);
            stack.app.kill();
            Waits.sleep(Duration.ofMillis(300));
            stream.close();
            writes = stream.writes();
        }
        stack.app.start();

        List<Write> acknowledged = writes.stream().filter(Write::acknowledged).toList();
        List<Write> unanswered = writes.stream().filter(Write::unanswered).toList();
        System.out.printf("kill -9 during writes: %d acknowledged, %d without an answer, %d refused%n",
                acknowledged.size(), unanswered.size(), writes.size() - acknowledged.size() - unanswered.size());
        assertThat(writes).as("writes refused while the app was up")
                .filteredOn(w -> w.reply() != null && !w.reply().isSuccess()).isEmpty();
        assertThat(unanswered).as("writes in flight or sent while the app was dead").isNotEmpty();

        for (Write write : acknowledged) {
            switch (write.kind()) {
                case ACTIVITY -> assertActivityStored(write);
                case MEMBER -> assertMemberStored(write);
                case PHOTO -> assertPhotoStored(write);
            }
        }
        assertNothingHalfWritten();
        assertLostAnswersCanBeRetried(unanswered);
    }

    private static void assertActivityStored(Write write) throws Exception {
        UUID id = write.createdId();
        Reply stored = stack.api.get("/api/v1/activities/" + id, token);
        assertThat(stored.status()).as("activity %s after restart: %s", id, stored).isEqualTo(200);
        JsonNode activity = stored.json();
        Map<String, Object> sent = write.body();
        for (String field : List.of("centerId", "title", "heldOn", "type", "description", "outcomes", "budgetSource")) {
            assertThat(activity.path(field).asText()).as("activity %s %s", id, field).isEqualTo(sent.get(field).toString());
        }
        assertThat(new BigDecimal(activity.path("budgetBaht").asText()))
                .isEqualByComparingTo(new BigDecimal(sent.get("budgetBaht").toString()));
        assertThat(Api.JSON.convertValue(activity.path("participants"), new TypeReference<Map<String, Object>>() { }))
                .isEqualTo(sent.get("participants"));
        assertThat(activity.path("fiscalYear").asInt()).isPositive();
        JsonNode history = stack.api.get("/api/v1/activities/" + id + "/history", token).json();
        assertThat(history.findValuesAsText("action")).as("history of activity %s", id).contains("CREATE");
    }

    private static void assertMemberStored(Write write) throws Exception {
        UUID id = write.createdId();
        Reply stored = stack.api.get("/api/v1/centers/" + write.parentId() + "/members/" + id, token);
        assertThat(stored.status()).as("member %s after restart: %s", id, stored).isEqualTo(200);
        for (var field : write.body().entrySet()) {
            assertThat(stored.json().path(field.getKey()).asText()).as("member %s %s", id, field.getKey())
                    .isEqualTo(field.getValue().toString());
        }
    }

    private static void assertPhotoStored(Write write) throws Exception {
        JsonNode photo = write.reply().json();
        String path = "/api/v1/activities/" + write.parentId() + "/photos/" + photo.path("id").asText();
        Api.Download image = stack.api.download(path, token);
        assertThat((long) image.body().length).as("photo %s", path).isEqualTo(photo.path("sizeBytes").asLong());
        assertThat(image.etag()).as("ETag of %s is the SHA-256 of the stored file", path)
                .isEqualTo("\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.body())) + "\"");
    }

    /** Over every row written since the suite started, answered or not: each has its audit and its files. */
    private static void assertNothingHalfWritten() {
        for (String table : List.of("activity", "center_member", "activity_photo")) {
            assertThat(stack.postgres.rows("select id from " + table + " t where created_at >= ? and not exists"
                    + " (select 1 from audit_event a where a.entity_id = t.id::text and a.action = 'CREATE')", stack.bootedAt()))
                    .as("%s rows without their CREATE audit entry", table).isEmpty();
        }
        for (List<Object> photo : stack.postgres.rows("select storage_key, thumbnail_key from activity_photo")) {
            for (Object key : photo) {
                assertThat(stack.files().resolve((String) key)).as("stored file of a photo row").satisfies(
                        p -> assertThat(Files.size(p)).isPositive());
            }
        }
    }

    /** A client that got no answer sends the same request again: with its Idempotency-Key that makes one activity. */
    private static void assertLostAnswersCanBeRetried(List<Write> unanswered) throws Exception {
        List<Write> activities = unanswered.stream().filter(w -> w.kind() == Kind.ACTIVITY).toList();
        for (Write write : activities) {
            Reply retried = WriteStream.resend(stack.api, token, write);
            assertThat(retried.status()).as("retry of %s: %s", write.idempotencyKey(), retried).isIn(200, 201);
            assertThat(stack.postgres.number("select count(*) from activity where idempotency_key = ?",
                    write.idempotencyKey())).isEqualTo(1);
        }
    }
}
