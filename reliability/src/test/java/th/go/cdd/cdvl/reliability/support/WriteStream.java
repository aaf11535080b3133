package th.go.cdd.cdvl.reliability.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Officers saving as fast as they can from several threads: new activities (each with its own
 * Idempotency-Key, as the SPA sends), new members, and photos for activities already saved. Every
 * attempt is kept with what the client learned: an answer, or no answer at all.
 */
public final class WriteStream implements AutoCloseable {

    public enum Kind { ACTIVITY, MEMBER, PHOTO }

    /** One attempt; {@code reply} is null when the connection failed before an answer. */
    public record Write(Kind kind, int n, String idempotencyKey, UUID parentId, Map<String, Object> body,
            byte[] photo, Api.Reply reply, String failure) {

        public boolean acknowledged() {
            return reply != null && reply.isSuccess();
        }

        public boolean unanswered() {
            return reply == null;
        }

        public UUID createdId() {
            return UUID.fromString(reply.json().path("id").asText());
        }
    }

    private final Api api;
    private final String token;
    private final List<UUID> centers;
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final List<UUID> savedActivities = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private WriteStream(Api api, String token, List<UUID> centers) {
        this.api = api;
        this.token = token;
        this.centers = centers;
    }

    public static WriteStream start(Api api, String token, List<UUID> centers, int writers) {
        WriteStream stream = new WriteStream(api, token, centers);
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(stream::writeUntilStopped, "writer-" + i);
            stream.threads.add(thread);
            thread.start();
        }
        return stream;
    }

    public long acknowledged() {
        return writes.stream().filter(Write::acknowledged).count();
    }

    public List<Write> writes() {
        return List.copyOf(writes);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Api.TIMEOUT.toMillis() + 5_000);
        }
    }

    private void writeUntilStopped() {
        while (running) {
            Write write = writeOnce(counter.incrementAndGet());
            writes.add(write);
            if (write.unanswered()) {
                Waits.sleep(Duration.ofMillis(50)); // the app is down: do not spin
            }
        }
    }

    private Write writeOnce(int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Kind kind = Kind.values()[n % 3];
        if (kind == Kind.PHOTO && savedActivities.isEmpty()) {
            kind = Kind.ACTIVITY;
        }
        Write request = switch (kind) {
            case ACTIVITY -> {
                UUID center = centers.get(random.nextInt(centers.size()));
                yield new Write(kind, n, "kill-test-" + UUID.randomUUID(), center,
                        Bodies.activity(center, "กิจกรรมที่ " + n, n), null, null, null);
            }
            case MEMBER -> new Write(kind, n, null, centers.get(random.nextInt(centers.size())),
                    Bodies.member("สมาชิก หมายเลข" + n, n), null, null, null);
            case PHOTO -> new Write(kind, n, null, recentActivity(random), null, Bodies.jpeg(n), null, null);
        };
        try {
            Api.Reply reply = send(api, token, request);
            Write write = new Write(kind, n, request.idempotencyKey(), request.parentId(), request.body(), request.photo(),
                    reply, null);
            if (kind == Kind.ACTIVITY && write.acknowledged()) {
                savedActivities.add(write.createdId());
            }
            return write;
        } catch (IOException e) {
            return new Write(kind, n, request.idempotencyKey(), request.parentId(), request.body(), request.photo(), null,
                    e.toString());
        }
    }

    /** One of the last few saved, so no activity reaches its limit of 10 photos. */
    private UUID recentActivity(ThreadLocalRandom random) {
        int saved = savedActivities.size();
        return savedActivities.get(saved - 1 - random.nextInt(Math.min(saved, 5)));
    }

    private static Api.Reply send(Api api, String token, Write request) throws IOException {
        return switch (request.kind()) {
            case ACTIVITY -> api.post("/api/v1/activities", token, request.body(),
                    Map.of("Idempotency-Key", request.idempotencyKey()));
            case MEMBER -> api.post("/api/v1/centers/" + request.parentId() + "/members", token, request.body());
            case PHOTO -> api.postBytes("/api/v1/activities/" + request.parentId() + "/photos", token, request.photo(),
                    "image/jpeg");
        };
    }

    /** Sends an attempt again, as a client does after a lost answer. */
    public static Api.Reply resend(Api api, String token, Write write) throws IOException {
        return send(api, token, write);
    }
}
