package th.go.cdd.cdvl.reliability.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same kind of request from many threads released at the same instant. */
public final class Race {

    /** One writer's request; {@code i} tells the writers apart. */
    public interface Writer {
        Api.Reply write(int i) throws Exception;
    }

    private Race() {
    }

    public static List<Api.Reply> run(int writers, Writer writer) {
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                replies.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return writer.write(n);
                }));
            }
            List<Api.Reply> result = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                result.add(reply.get(Api.TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS));
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("A racing writer failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
