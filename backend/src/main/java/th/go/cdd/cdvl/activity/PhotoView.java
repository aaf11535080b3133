package th.go.cdd.cdvl.activity;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PhotoView", requiredProperties = {"id", "activityId", "contentType", "sizeBytes", "width", "height",
    "createdAt", "createdBy", "url", "thumbnailUrl", "etag"},
        description = "A photo of an activity, as stored: metadata removed, at most 4096 px on its longest side.")
public record PhotoView(
        UUID id,
        UUID activityId,
        @Schema(description = "image/jpeg or image/png (WebP uploads are stored as JPEG)", examples = "image/jpeg") String contentType,
        @Schema(description = "Size of the stored file", examples = "734512") long sizeBytes,
        @Schema(examples = "4032") int width,
        @Schema(examples = "3024") int height,
        OffsetDateTime createdAt,
        @Schema(examples = "demo.district5201") String createdBy,
        @Schema(description = "The image; needs the same bearer token",
                examples = "/api/v1/activities/5b0c7d1e-2f4a-4a8e-9a51-0c6f2d9e8b11/photos/0d6f0b5e-8d1c-4f8a-b2c4-7e1a9f3c2d10") String url,
        @Schema(description = "A JPEG at most 320 px on its longest side",
                examples = "/api/v1/activities/5b0c7d1e-2f4a-4a8e-9a51-0c6f2d9e8b11/photos/0d6f0b5e-8d1c-4f8a-b2c4-7e1a9f3c2d10/thumbnail") String thumbnailUrl,
        @Schema(description = "The image's ETag (its SHA-256, quoted), sent as If-Match to delete it",
                examples = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"") String etag) {
}
