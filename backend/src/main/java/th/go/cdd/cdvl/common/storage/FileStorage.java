package th.go.cdd.cdvl.common.storage;

import java.io.InputStream;

/**
 * Where uploaded files live; the database keeps what they are (type, size, checksum) and their key.
 * Keys are made by the server ({@code photos/<activityId>/<photoId>.jpg}), never taken from a
 * request, and are relative, slash-separated and limited to {@code [A-Za-z0-9._-]} segments.
 * A {@code put} is all-or-nothing: a reader sees the whole file or none. Failures are
 * {@link java.io.UncheckedIOException}s, so callers can clean up in one {@code catch}.
 *
 * <p>{@link FilesystemStorage} is used locally and on a single server. Production with several
 * instances uses an S3-compatible object store (MinIO, Ceph, a cloud bucket) through an
 * {@code S3Storage} implementation, not written yet: the bucket, endpoint and region come from
 * {@code cdvl.storage.s3.*} ({@code CDVL_STORAGE_S3_BUCKET}, {@code CDVL_STORAGE_S3_ENDPOINT},
 * {@code CDVL_STORAGE_S3_REGION}); the credentials come from the environment only
 * ({@code CDVL_STORAGE_S3_ACCESS_KEY_ID} / {@code CDVL_STORAGE_S3_SECRET_ACCESS_KEY}, or the
 * platform's workload identity), never from a file in the repository. {@code put} is a
 * {@code PutObject} (atomic by nature, server-side encryption on), {@code open} a streamed
 * {@code GetObject}, {@code delete} a {@code DeleteObject}, {@code exists} a {@code HeadObject}.
 * The bucket stays private: files are served only through the API, which checks the caller's area.
 */
public interface FileStorage {

    void put(String key, byte[] content);

    void put(String key, InputStream content);

    /** The caller closes the stream. A missing key fails with an UncheckedIOException. */
    InputStream open(String key);

    /** Deleting a key that does not exist is not an error, so cleanup can be repeated. */
    void delete(String key);

    boolean exists(String key);
}
