package th.go.cdd.cdvl.reliability.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Steady traffic of an office at work, reads and writes mixed, from several threads. Each request
 * is kept as a sample with when it was sent, when it ended and what came back.
 */
public final class Load implements AutoCloseable {

    /** {@code reply} is null when no answer came (refused, reset or timed out); times are System.nanoTime(). */
    public record Sample(String request, long sentAt, long endedAt, Api.Reply reply, String failure) {

        public long millis() {
            return (endedAt - sentAt) / 1_000_000;
        }

        @Override
        public String toString() {
            return request + " -> " + (reply != null ? reply : failure) + " in " + millis() + " ms";
        }
    }

    private final Api api;
    private final String token;
    private final List<UUID> centers;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private Load(Api api, String token, List<UUID> centers) {
        this.api = api;
        this.token = token;
        this.centers = centers;
    }

    public static Load start(Api api, String token, List<UUID> centers, int threads) {
        Load load = new Load(api, token, centers);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(load::run, "load-" + i);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Samples sent at or after {@code from} and ended at or before {@code to} (nanoTime). */
    public List<Sample> within(long from, long to) {
        return samples.stream().filter(s -> s.sentAt() >= from && s.endedAt() <= to).toList();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Api.TIMEOUT.toMillis() + 5_000);
        }
    }

    private void run() {
        while (running) {
            int n = counter.incrementAndGet();
            UUID center = centers.get(ThreadLocalRandom.current().nextInt(centers.size()));
            String request = switch (n % 3) {
                case 0 -> "GET /api/v1/activities";
                case 1 -> "GET /api/v1/centers/" + center;
                default -> "POST /api/v1/activities";
            };
            long sentAt = System.nanoTime();
            try {
                Api.Reply reply = switch (n % 3) {
                    case 0 -> api.get("/api/v1/activities?districtCode=" + Lampang.DISTRICT + "&size=5", token);
                    case 1 -> api.get("/api/v1/centers/" + center, token);
                    default -> api.post("/api/v1/activities", token, Bodies.activity(center, "ภาระงาน " + n, n),
                            Map.of("Idempotency-Key", "load-" + UUID.randomUUID()));
                };
                samples.add(new Sample(request, sentAt, System.nanoTime(), reply, null));
            } catch (IOException e) {
                samples.add(new Sample(request, sentAt, System.nanoTime(), null, e.toString()));
                Waits.sleep(java.time.Duration.ofMillis(50));
            }
        }
    }
}
