package th.go.cdd.cdvl.common.storage;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttachmentView", requiredProperties = {"id", "kind", "fileName", "contentType", "sizeBytes", "createdAt", "createdBy",
        "url", "etag"}, description = "A file attached to a record; it never changes, so its ETag is its SHA-256.")
public record AttachmentView(
        UUID id,
        @Schema(description = "What the file is to its record, e.g. MINUTES or PHOTO", examples = "PHOTO") String kind,
        @Schema(examples = "รายงานการประชุม 1-2568.pdf") String fileName,
        @Schema(examples = "application/pdf") String contentType,
        @Schema(examples = "184233") long sizeBytes,
        OffsetDateTime createdAt,
        String createdBy,
        @Schema(description = "Where the bytes are read (GET, with the bearer token)") String url,
        @Schema(description = "If-Match of its DELETE", examples = "\"9f2c…\"") String etag) {
}
