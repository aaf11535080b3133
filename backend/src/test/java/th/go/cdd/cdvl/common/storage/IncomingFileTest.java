package th.go.cdd.cdvl.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.cdd.cdvl.common.error.ProblemException;

class IncomingFileTest {

    @TempDir
    Path folder;

    @Test
    void theBodyGoesToAFileWithItsHeadAndClosingDeletesIt() throws IOException {
        byte[] body = new byte[200_000];
        Arrays.fill(body, (byte) 7);
        body[0] = (byte) 0xFF;
        IncomingFile file = IncomingFile.receive(new ByteArrayInputStream(body), folder, 200_000, Duration.ofSeconds(5), "x.too-large");
        assertThat(Files.readAllBytes(file.path())).isEqualTo(body);
        assertThat(file.size()).isEqualTo(200_000);
        assertThat(file.head()).hasSize(IncomingFile.HEAD_BYTES).startsWith((byte) 0xFF, (byte) 7);
        file.close();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aShortBodyHasAShortHead() {
        try (IncomingFile file = IncomingFile.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), folder, 10,
                Duration.ofSeconds(5), "x.too-large")) {
            assertThat(file.head()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void oneByteOverTheLimitIsRefusedAndLeavesNoFile() {
        assertThatThrownBy(() -> IncomingFile.receive(new ByteArrayInputStream(new byte[1001]), folder, 1000,
                Duration.ofSeconds(5), "x.too-large"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("x.too-large");
                });
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aBodyStillArrivingAfterTheTimeLimitIsRefusedWith408AndLeavesNoFile() {
        InputStream trickle = new InputStream() {
            @Override
            public int read() {
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                sleep(20);
                b[off] = 1;
                return 1;
            }
        };
        assertThatThrownBy(() -> IncomingFile.receive(trickle, folder, 1_000_000, Duration.ofMillis(200), "x.too-large"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(408));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aBodyThatBreaksOffIsTheSendersFailure() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> IncomingFile.receive(broken, folder, 1000, Duration.ofSeconds(5), "x.too-large"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(408));
        assertThat(folder).isEmptyDirectory();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
