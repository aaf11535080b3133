package th.go.cdd.cdvl.reporting.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Function;
import th.go.cdd.cdvl.common.storage.FileTypes;
import th.go.cdd.cdvl.common.storage.StoredFiles;
import th.go.cdd.cdvl.reporting.request.DocumentRequestViews.FileView;

/**
 * The files of document requests in {@link StoredFiles}: every type it knows (.xlsx, .docx, PDF,
 * JPEG, PNG), kept under {@code documents/<request>/<office or template>/<file id>}.
 */
@ApplicationScoped
public class DocumentFiles {

    private final StoredFiles files;

    public DocumentFiles(StoredFiles files) {
        this.files = files;
    }

    /** Receives and stores the body, then hands the file (not yet persisted) to {@code record}. */
    public <T> T store(InputStream body, String fileName, UUID requestId, UUID answerId, String folder, String actor,
            Function<DocumentFile, T> record) {
        UUID id = UUID.randomUUID();
        return files.store(body, fileName, "documents/" + requestId + "/" + folder + "/" + id, FileTypes.DOCUMENTS, actor,
                stored -> record.apply(new DocumentFile(id, requestId, answerId, stored)));
    }

    public InputStream open(DocumentFile file) {
        return files.open(file.stored());
    }

    /** Deletes the stored bytes; a failure is added to {@code failure} rather than hiding it. */
    public void discard(DocumentFile file, RuntimeException failure) {
        files.discard(file.stored(), failure);
    }

    public static FileView view(DocumentFile f, String url) {
        return new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getCreatedAt(), url,
                f.stored().etag());
    }
}
