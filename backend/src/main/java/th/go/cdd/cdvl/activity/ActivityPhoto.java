package th.go.cdd.cdvl.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A photo of an activity: metadata here, the cleaned image and its thumbnail in file storage. */
@Entity
@Table(name = "activity_photo")
public class ActivityPhoto {

    @Id
    private UUID id;

    @Column(name = "activity_id")
    private UUID activityId;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    private int width;

    private int height;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "thumbnail_key")
    private String thumbnailKey;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected ActivityPhoto() {
    }

    public ActivityPhoto(UUID id, UUID activityId, String contentType, long sizeBytes, String sha256, int width,
            int height, String storageKey, String thumbnailKey, OffsetDateTime createdAt, String createdBy) {
        this.id = id;
        this.activityId = activityId;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getActivityId() {
        return activityId;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getThumbnailKey() {
        return thumbnailKey;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
