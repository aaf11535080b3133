package th.go.cdd.cdvl.reporting.request;

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
import java.util.UUID;
import java.util.function.Function;
import th.go.cdd.cdvl.common.storage.FileStorage;
import th.go.cdd.cdvl.common.storage.IncomingFile;
import th.go.cdd.cdvl.common.storage.UploadPlaces;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.FileView;

/**
 * The files of document requests between the request body and {@link FileStorage}: received to a
 * temporary file ({@link IncomingFile}, so a 10 MB file costs the heap one buffer), typed from its
 * content ({@link DocumentTypes}), streamed into the store under a key the server makes
 * ({@code documents/<request>/<office or template>/<file id>}) with its SHA-256 computed on the way.
 * A user sends at most 3 files at once and the instance receives at most 6 ({@link UploadPlaces}).
 */
@ApplicationScoped
public class DocumentFiles {

    private final FileStorage storage;
    private final DocumentConfig config;
    private final Clock clock;
    private final UploadPlaces places;

    public DocumentFiles(FileStorage storage, DocumentConfig config, Clock clock) {
        this.storage = storage;
        this.config = config;
        this.clock = clock;
        this.places = new UploadPlaces(config.uploadsPerUser(), config.uploadsInFlight(),
                "reporting.document.uploads-in-flight", "files");
    }

    /**
     * Receives and stores the body, then hands the file (not yet persisted) to {@code record}; if
     * {@code record} fails the stored bytes are deleted again, so no object is left without its row.
     */
    public <T> T store(InputStream body, String fileName, UUID requestId, UUID answerId, String folder, String actor,
            Function<DocumentFile, T> record) {
        try (UploadPlaces.Place place = places.enter(actor);
                IncomingFile upload = IncomingFile.receive(body, Path.of(config.uploadFolder()), config.maxBytes(),
                config.bodyTimeout(), "reporting.document.too-large")) {
            if (upload.size() == 0) {
                throw th.go.cdd.cdvl.common.error.ProblemException.unprocessable("reporting.document.empty",
                        "The file is empty.");
            }
            DocumentTypes.Type type = DocumentTypes.detect(upload.head(), upload.path());
            UUID id = UUID.randomUUID();
            String key = "documents/" + requestId + "/" + folder + "/" + id;
            String sha256 = put(key, upload.path());
            DocumentFile file = new DocumentFile(id, requestId, answerId, DocumentTypes.storedName(fileName, type), type,
                    upload.size(), sha256, key, OffsetDateTime.now(clock), actor);
            try {
                return record.apply(file);
            } catch (RuntimeException e) {
                discard(file, e);
                throw e;
            }
        }
    }

    public InputStream open(DocumentFile file) {
        return storage.open(file.getStorageKey());
    }

    /** Deletes the stored bytes; a failure is added to {@code failure} rather than hiding it. */
    public void discard(DocumentFile file, RuntimeException failure) {
        try {
            storage.delete(file.getStorageKey());
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    public static FileView view(DocumentFile f, String url) {
        return new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getCreatedAt(), url,
                "\"" + f.getSha256() + "\"");
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
