package th.go.cdd.cdvl.common.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * A request body written to a temporary file as it arrives, so an upload costs the heap one 64 KB
 * buffer, not its size: 40 phones sending 8 MB photos at once need 2.5 MB of heap, not 320 MB.
 * The size limit and the time limit are checked while reading, and the first bytes are kept for
 * judging the type. Closing deletes the file; so does every refusal.
 *
 * <p>Example: {@code receive(body, dir, 8_388_608, Duration.ofSeconds(120))} takes an 8 MB photo
 * in any time up to two minutes; the 8,388,609th byte is refused with 413 {@code code}, and a
 * client still sending after two minutes (a phone trickling 1 KB/s) with 408, so a slow sender
 * holds a worker thread for the time limit at most (plus {@code quarkus.http.read-timeout} for a
 * sender that stops altogether).
 */
public final class IncomingFile implements AutoCloseable {

    /** Enough to recognise any format we accept by its magic number. */
    public static final int HEAD_BYTES = 16;
    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final byte[] head;
    private final long size;

    private IncomingFile(Path path, byte[] head, long size) {
        this.path = path;
        this.head = head;
        this.size = size;
    }

    /**
     * Reads the body into a new file in {@code folder}.
     *
     * @param tooLargeCode the problem code of a body over {@code maxBytes}
     */
    public static IncomingFile receive(InputStream body, Path folder, long maxBytes, Duration timeLimit,
            String tooLargeCode) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Path file = null;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder, "incoming-", ".part");
            byte[] head = new byte[HEAD_BYTES];
            long size = 0;
            if (body != null) {
                // the body is not closed on a refusal: closing it would read the rest of it, for hours at
                // 1 KB/s; the caller closes the connection after the answer instead
                try (OutputStream out = Files.newOutputStream(file)) {
                    InputStream in = body;
                    byte[] buffer = new byte[BUFFER];
                    for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
                        if (size < HEAD_BYTES) {
                            System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD_BYTES - size));
                        }
                        size += n;
                        if (size > maxBytes) {
                            throw ProblemException.tooLarge(tooLargeCode, "The file may be at most " + maxBytes + " bytes.");
                        }
                        if (System.nanoTime() - deadline > 0) {
                            throw ProblemException.bodyTimeout("The file did not arrive within " + timeLimit.toSeconds()
                                    + " seconds. Try again on a faster connection.");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
            return new IncomingFile(file, Arrays.copyOf(head, (int) Math.min(size, HEAD_BYTES)), size);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Could not receive the uploaded file", e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** A body that breaks off or stalls past the read timeout is the sender's failure, not the server's. */
    private static int read(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw ProblemException.bodyTimeout("The file stopped arriving before its end. Try again.");
        }
    }

    public Path path() {
        return path;
    }

    /** The first bytes of the body (fewer if it is shorter). */
    public byte[] head() {
        return head.clone();
    }

    public long size() {
        return size;
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover in the temporary folder is harmless; the request's own answer matters
            }
        }
    }
}
