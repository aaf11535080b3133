package th.go.cdd.cdvl.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import th.go.cdd.cdvl.common.storage.StoredFile;
import th.go.cdd.cdvl.common.version.Versions;

/**
 * How a stored file is answered. It never changes, so its SHA-256 is its ETag and If-None-Match
 * answers 304 without opening the store; it is offered under its name (RFC 6266, with the UTF-8
 * form for Thai names: {@code แบบ.pdf} goes as {@code filename="___.pdf"; filename*=UTF-8''%E0%B9%81...}).
 * Pictures are shown inline (a photo in the page), everything else as an attachment.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static Response of(StoredFile file, Supplier<InputStream> content, Request request) {
        EntityTag tag = new EntityTag(file.getSha256());
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null && precondition.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw Versions.staleTag();
        }
        boolean inline = file.getContentType().startsWith("image/");
        Response.ResponseBuilder answer = precondition != null ? precondition
                : Response.ok(content.get(), file.getContentType())
                        .header("Content-Disposition", disposition(inline ? "inline" : "attachment", file.getFileName()));
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").build();
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for a generated download such as a zip. */
    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    private static String disposition(String kind, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
