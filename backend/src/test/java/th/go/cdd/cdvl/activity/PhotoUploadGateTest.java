package th.go.cdd.cdvl.activity;

import th.go.cdd.cdvl.common.storage.UploadPlaces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.error.ProblemException;

class PhotoUploadGateTest {

    private final PhotoUploadGate gate = new PhotoUploadGate(config(2, 3, 1, Duration.ofMillis(100)));

    @Test
    void aUserMayHaveTwoUploadsInFlightAndAThirdIsTooMany() {
        UploadPlaces.Place first = gate.enter("a");
        UploadPlaces.Place second = gate.enter("a");
        assertThatThrownBy(() -> gate.enter("a")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfterSeconds()).isEqualTo(PhotoUploadGate.RETRY_AFTER_SECONDS);
        });
        gate.enter("b").close(); // another user is not affected
        first.close();
        gate.enter("a").close();
        second.close();
    }

    @Test
    void theInstanceReceivesAtMostThreeUploadsAtOnceWhoeverSendsThem() {
        UploadPlaces.Place a = gate.enter("a");
        UploadPlaces.Place b = gate.enter("b");
        UploadPlaces.Place c = gate.enter("c");
        assertThatThrownBy(() -> gate.enter("d")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("service.busy");
        });
        // the refusal gave back the user's place: once the instance has room, d may send two
        a.close();
        UploadPlaces.Place d = gate.enter("d");
        b.close();
        gate.enter("d").close();
        c.close();
        d.close();
    }

    @Test
    void whenEveryDecoderIsBusyTheNextWaitsBrieflyThenIsToldTheServiceIsBusy() throws Exception {
        CountDownLatch decoding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.decoding(() -> {
            decoding.countDown();
            await(finish);
            return "first";
        }));
        decoding.await();
        assertThatThrownBy(() -> gate.decoding(() -> "second")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("service.busy");
            assertThat(e.retryAfterSeconds()).isPositive();
        });
        finish.countDown();
        assertThat(holder.get()).isEqualTo("first");
        assertThat(gate.decoding(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailedDecodeGivesItsPermitBack() {
        assertThatThrownBy(() -> gate.decoding(() -> {
            throw new IllegalStateException("broken photo");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(gate.decoding(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static PhotoConfig config(int perUser, int inFlight, int permits, Duration wait) {
        return new PhotoConfig() {
            public long maxBytes() { return 1000; }
            public int maxPerActivity() { return 10; }
            public String uploadFolder() { return "target/test-uploads"; }
            public Duration bodyTimeout() { return Duration.ofSeconds(5); }
            public int uploadsPerUser() { return perUser; }
            public int uploadsInFlight() { return inFlight; }
            public int decodePermits() { return permits; }
            public Duration decodeWait() { return wait; }
        };
    }
}
