package th.go.cdd.cdvl.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilesystemStorageTest {

    @TempDir
    Path root;

    FilesystemStorage storage() {
        return new FilesystemStorage(() -> root.toString());
    }

    @Test
    void storesReadsAndDeletesAFile() throws IOException {
        FilesystemStorage storage = storage();
        storage.put("photos/a1/p1.jpg", "first".getBytes(StandardCharsets.UTF_8));
        storage.put("photos/a1/p1.jpg", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(storage.exists("photos/a1/p1.jpg")).isTrue();
        try (InputStream in = storage.open("photos/a1/p1.jpg")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        }
        assertThat(filesUnder(root)).containsExactly(root.resolve("photos/a1/p1.jpg"));

        storage.delete("photos/a1/p1.jpg");
        storage.delete("photos/a1/p1.jpg");
        assertThat(storage.exists("photos/a1/p1.jpg")).isFalse();
        assertThatThrownBy(() -> storage.open("photos/a1/p1.jpg")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothingBehind() throws IOException {
        InputStream breaksOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection lost");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> storage().put("photos/a1/p2.jpg", breaksOff)).isInstanceOf(UncheckedIOException.class);
        assertThat(filesUnder(root)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../outside.jpg", "photos/../../outside.jpg", "/etc/passwd", "photos//p.jpg",
        "photos/./p.jpg", ".hidden", "photos/p.jpg/", "photos\\p.jpg", "photos/p .jpg", "photos/..", "~/p.jpg"})
    void refusesKeysThatCouldLeaveTheRoot(String key) {
        FilesystemStorage storage = storage();
        assertThatThrownBy(() -> storage.put(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
