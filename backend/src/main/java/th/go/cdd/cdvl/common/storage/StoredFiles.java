package th.go.cdd.cdvl.common.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * Uploaded files between the request body and {@link FileStorage}: received to a temporary file
 * ({@link IncomingFile}, so a 10 MB file costs the heap one buffer), typed from its content
 * ({@link FileTypes}, only the types the place takes), streamed into the store under the key the
 * caller's feature makes, with its SHA-256 computed on the way, and only then recorded by the
 * caller. A user sends at most 3 files at once and the instance receives at most 6, wherever they
 * go ({@link UploadPlaces}, {@link FileConfig}); both are checked before the body is read.
 *
 * <p>Example: {@code store(body, "รายงานการประชุม.pdf", "meetings/<id>/<file id>", FileTypes.DOCUMENTS,
 * "demo.district5201", file -> repository.persist(new MeetingFile(..., file)))}. If the callback
 * fails, the stored bytes are deleted again, so no object is left without its row.
 */
@ApplicationScoped
public class StoredFiles {

    private final FileStorage storage;
    private final FileConfig config;
    private final Clock clock;
    private final UploadPlaces places;

    public StoredFiles(FileStorage storage, FileConfig config, Clock clock) {
        this.storage = storage;
        this.config = config;
        this.clock = clock;
        this.places = new UploadPlaces(config.uploadsPerUser(), config.uploadsInFlight(), "file.uploads-in-flight", "files");
    }

    /**
     * Receives and stores the body as {@code key}, then hands the stored file (not yet recorded) to
     * {@code record}: 413 {@code file.too-large}, 422 {@code file.empty}, 415 {@code file.type-unsupported}.
     */
    public <T> T store(InputStream body, String fileName, String key, Set<FileTypes.Type> accepted, String actor,
            Function<StoredFile, T> record) {
        try (UploadPlaces.Place place = places.enter(actor);
                IncomingFile upload = IncomingFile.receive(body, Path.of(config.uploadFolder()), config.maxBytes(),
                        config.bodyTimeout(), "file.too-large")) {
            if (upload.size() == 0) {
                throw ProblemException.unprocessable("file.empty", "The file is empty.");
            }
            FileTypes.Type type = FileTypes.detect(upload.head(), upload.path(), accepted);
            String sha256 = put(key, upload.path());
            StoredFile file = new StoredFile(FileTypes.storedName(fileName, type), type, upload.size(), sha256, key,
                    OffsetDateTime.now(clock), actor);
            try {
                return record.apply(file);
            } catch (RuntimeException e) {
                discard(file, e);
                throw e;
            }
        }
    }

    /** The caller closes the stream. */
    public InputStream open(StoredFile file) {
        return storage.open(file.getStorageKey());
    }

    /** Deletes the stored bytes; a failure is added to {@code failure} rather than hiding it. */
    public void discard(StoredFile file, RuntimeException failure) {
        try {
            storage.delete(file.getStorageKey());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private String put(String key, Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            storage.put(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the received file", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
