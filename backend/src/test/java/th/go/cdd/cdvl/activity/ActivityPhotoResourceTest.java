package th.go.cdd.cdvl.activity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static th.go.cdd.cdvl.testsupport.Problems.assertProblem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.storage.FileStorage;
import th.go.cdd.cdvl.common.storage.StorageConfig;

@QuarkusTest
class ActivityPhotoResourceTest {

    /** A 1x1 lossless WebP: TwelveMonkeys reads WebP but cannot write it. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    /** The GPS latitude 18° 17' 24.00" as EXIF stores it (three big-endian rationals): must never be served. */
    static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).putInt(18).putInt(1).putInt(17).putInt(1)
            .putInt(2400).putInt(100).array();

    @Inject
    ActivityFixtures fixtures;

    @Inject
    ActivityPhotoRepository photos;

    @Inject
    FileStorage storage;

    @Inject
    StorageConfig storageConfig;

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void aJpegIsStoredUprightWithoutItsExifAndGpsAndGetsAThumbnail() throws IOException {
        UUID activity = fixtures.activityIn("521201");
        byte[] upload = withExif(jpeg(image(800, 400)), 6);
        assertThat(indexOf(upload, GPS_LATITUDE)).isPositive();

        ExtractableResponse<Response> created = upload(activity, "image/jpeg", upload)
                .statusCode(201)
                .body("activityId", equalTo(activity.toString()))
                .body("contentType", equalTo("image/jpeg"))
                .body("width", equalTo(400))
                .body("height", equalTo(800))
                .body("createdBy", equalTo("demo.district5212"))
                .extract();
        String photoId = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/activities/" + activity + "/photos/" + photoId);

        byte[] served = given().get(created.<String>path("url")).then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("Cache-Control", equalTo("private, max-age=3600"))
                .extract().asByteArray();
        assertThat(indexOf(served, "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(indexOf(served, GPS_LATITUDE)).isNegative();
        assertThat(served).hasSize(created.<Integer>path("sizeBytes"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(new Color(stored.getRGB(380, 20)).getRed()).as("the red top-left corner turned to the top right")
                .isGreaterThan(200);

        String etag = given().get(created.<String>path("url")).then().extract().header("ETag");
        assertThat(etag).hasSize(66);
        given().header("If-None-Match", etag).get(created.<String>path("url")).then().statusCode(304);

        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(given().get(created.<String>path("thumbnailUrl"))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(320);

        given().get("/api/v1/activities/" + activity + "/photos").then()
                .statusCode(200)
                .body("id", equalTo(List.of(photoId)));
        given().queryParam("entityType", "ACTIVITY_PHOTO").queryParam("areaCode", "521201")
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.entityId", hasItem(photoId))
                .body("items.find { it.entityId == '%s' }.action".formatted(photoId), equalTo("CREATE"))
                .body("items.find { it.entityId == '%s' }.actor".formatted(photoId), equalTo("demo.district5212"));
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void aPngStaysAPngWithoutItsTextChunks() throws IOException {
        UUID activity = fixtures.activityIn("521202");
        byte[] upload = withTextChunk(png(image(60, 30)), "Comment", "secret-location 18.29,99.49");

        String url = upload(activity, "application/octet-stream", upload).statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("width", equalTo(60))
                .extract().path("url");

        byte[] served = given().get(url).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(indexOf(served, "secret-location".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(ImageIO.read(new ByteArrayInputStream(served)).getHeight()).isEqualTo(30);
    }

    @Test
    @TestSecurity(user = "demo.national", roles = "national")
    void aPhotoWiderThan4096PixelsIsScaledDown() throws IOException {
        UUID activity = fixtures.activityIn("521207");
        upload(activity, "image/png", png(image(5000, 100))).statusCode(201)
                .body("width", equalTo(2500))
                .body("height", equalTo(50));
    }

    @Test
    @TestSecurity(user = "demo.province52", roles = "province-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aWebpIsAcceptedAndServedAsJpeg() throws IOException {
        UUID activity = fixtures.activityIn("521206");
        String url = upload(activity, "image/webp", WEBP).statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("width", equalTo(1))
                .extract().path("url");
        byte[] served = given().get(url).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void rejectedUploadsAreProblemsAndLeaveNoRecordAndNoFile() throws IOException {
        UUID activity = fixtures.activityIn("521203");
        byte[] text = "ceci n'est pas une photo\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[5000];
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        byte[] tooLarge = new byte[400_000];
        System.arraycopy(jpeg(image(20, 20)), 0, tooLarge, 0, 100);

        assertProblem(upload(activity, "image/jpeg", text), 415, "photo.type.unsupported");
        assertProblem(upload(activity, "image/png", jpegHeaderless()), 415, "photo.type.unsupported");
        assertProblem(upload(activity, "image/jpeg", new byte[0]), 415, "photo.type.unsupported");
        assertProblem(upload(activity, "text/plain", text), 415, "request.unsupported-media-type");
        assertProblem(upload(activity, "image/jpeg", garbage), 422, "photo.unreadable");
        assertProblem(upload(activity, "image/jpeg", tooLarge), 413, "photo.too-large");
        assertProblem(upload(activity, "image/png", pngHeader(8000, 8000)), 413, "photo.too-large");
        assertThat(beyondMaxBodySize(activity)).startsWith("HTTP/1.1 413")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"code\":\"request.too-large\"");

        given().get("/api/v1/activities/" + activity + "/photos").then().statusCode(200).body("", hasSize(0));
        assertThat(filesOf(activity)).isEmpty();
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void anActivityKeepsAtMostTenPhotosEvenWhenUploadsRace() throws Exception {
        UUID activity = fixtures.activityIn("521204");
        byte[] photo = png(image(40, 40));
        for (int i = 0; i < 8; i++) {
            upload(activity, "image/png", photo).statusCode(201);
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> send = () -> upload(activity, "image/png", photo).extract().statusCode();
            List<Future<Integer>> answers = pool.invokeAll(List.of(send, send, send));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 201, 409);
        } finally {
            pool.shutdown();
        }

        assertProblem(upload(activity, "image/png", photo), 409, "photo.limit-reached");
        given().get("/api/v1/activities/" + activity + "/photos").then().body("", hasSize(10));
        assertThat(filesOf(activity)).hasSize(20);
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void aFullActivityIsRefusedBeforeItsBodyIsRead() throws IOException {
        UUID activity = fixtures.activityIn("521206");
        byte[] photo = png(image(20, 20));
        for (int i = 0; i < 10; i++) {
            upload(activity, "image/png", photo).statusCode(201);
        }
        byte[] tooLarge = new byte[400_000];
        System.arraycopy(photo, 0, tooLarge, 0, 100);
        // the body would be refused as too large if it were read; the count decides first
        assertProblem(upload(activity, "image/png", tooLarge), 409, "photo.limit-reached");
        assertThat(filesOf(activity)).hasSize(20);
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void aUserWithThreeUploadsInFlightIsToldToWaitAndNothingIsLeftBehind() throws Exception {
        UUID activity = fixtures.activityIn("521207");
        byte[] photo = png(image(20, 20));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                slow.add(startUpload(activity, 250_000, new byte[32 * 1024]));
            }
            waitUntil(() -> incomingFiles().size() == 3);
            ValidatableResponse refused = upload(activity, "image/png", photo);
            assertProblem(refused, 429, "photo.uploads-in-flight");
            refused.header("Retry-After", equalTo("5"));
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        waitUntil(() -> incomingFiles().isEmpty());
        upload(activity, "image/png", photo).statusCode(201);
        given().get("/api/v1/activities/" + activity + "/photos").then().body("", hasSize(1));
        assertThat(incomingFiles()).isEmpty();
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void aBodyThatTricklesIsRefusedWith408AndItsConnectionEnds() throws Exception {
        UUID activity = fixtures.activityIn("521202");
        try (Socket trickling = startUpload(activity, 250_000, new byte[1024])) {
            trickling.setSoTimeout(30_000);
            Thread sender = new Thread(() -> {
                try {
                    while (true) {
                        trickling.getOutputStream().write(new byte[1024]);
                        trickling.getOutputStream().flush();
                        Thread.sleep(300);
                    }
                } catch (IOException | InterruptedException stopped) {
                    // the server closed the connection, as it should
                }
            });
            sender.setDaemon(true);
            sender.start();
            // the whole answer, then the end of the stream: the server closed the connection (body timeout 6 s in tests)
            // a connection left open ends the read in a SocketTimeoutException instead
            String answer = new String(trickling.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 408").containsIgnoringCase("connection: close")
                    .contains("\"code\":\"request.timeout\"");
        }
        waitUntil(() -> incomingFiles().isEmpty());
        given().get("/api/v1/activities/" + activity + "/photos").then().body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void anOfficerDeletesAWrongPhotoWithItsEtagAndTheRemovalIsAudited() throws IOException {
        UUID activity = fixtures.activityIn("521205");
        ExtractableResponse<Response> stored = upload(activity, "image/png", png(image(30, 30))).statusCode(201).extract();
        String photoId = stored.path("id");
        String etag = stored.path("etag");
        String photo = "/api/v1/activities/" + activity + "/photos/" + photoId;
        assertThat(etag).isEqualTo(given().get(photo).then().statusCode(200).extract().header("ETag"));

        assertProblem(given().delete(photo).then(), 428, "version.required");
        assertProblem(given().header("If-Match", "\"" + "0".repeat(64) + "\"").delete(photo).then(), 412, "version.stale");
        given().header("If-Match", etag).delete(photo).then().statusCode(204);

        assertProblem(given().get(photo).then(), 404, "photo.not-found");
        given().get("/api/v1/activities/" + activity + "/photos").then().body("", hasSize(0));
        assertThat(filesOf(activity)).isEmpty();
        assertProblem(given().header("If-Match", etag).delete(photo).then(), 404, "photo.not-found");
        given().queryParam("entityType", "ACTIVITY_PHOTO").queryParam("areaCode", "521205")
                .get("/api/v1/audit-events").then()
                .statusCode(200)
                .body("items.findAll { it.entityId == '%s' }.action".formatted(photoId), equalTo(List.of("DELETE", "CREATE")));
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerCannotDeleteAPhoto() throws IOException {
        UUID activity = fixtures.activityIn("521206");
        UUID photo = storedPhoto(activity);
        assertProblem(given().header("If-Match", "*").delete("/api/v1/activities/" + activity + "/photos/" + photo).then(),
                403, "auth.forbidden");
        assertThat(filesOf(activity)).hasSize(2);
    }

    @Test
    @TestSecurity(user = "demo.district5212", roles = "district-officer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "5212"))
    void photosOfAnotherDistrictAreNotFound() throws IOException {
        UUID neighbour = fixtures.activityIn("521101");
        UUID photo = storedPhoto(neighbour);
        String base = "/api/v1/activities/" + neighbour + "/photos";

        assertProblem(upload(neighbour, "image/png", png(image(10, 10))), 404, "activity.not-found");
        assertProblem(given().get(base).then(), 404, "activity.not-found");
        assertProblem(given().get(base + "/" + photo).then(), 404, "activity.not-found");
        assertProblem(given().get(base + "/" + photo + "/thumbnail").then(), 404, "activity.not-found");
        assertProblem(given().header("If-Match", "*").delete(base + "/" + photo).then(), 404, "activity.not-found");
        assertThat(filesOf(neighbour)).hasSize(2);

        UUID mine = fixtures.activityIn("521205");
        assertProblem(given().get("/api/v1/activities/" + mine + "/photos/" + photo).then(), 404, "photo.not-found");
    }

    @Test
    @TestSecurity(user = "demo.viewer52", roles = "viewer")
    @OidcSecurity(claims = @Claim(key = "area_code", value = "52"))
    void aViewerSeesPhotosButCannotUpload() throws IOException {
        UUID activity = fixtures.activityIn("521102");
        UUID photo = storedPhoto(activity);
        assertProblem(upload(activity, "image/png", png(image(10, 10))), 403, "auth.forbidden");
        given().get("/api/v1/activities/" + activity + "/photos/" + photo).then().statusCode(200).contentType("image/png");
        given().get("/api/v1/activities/" + activity + "/photos/" + photo + "/thumbnail").then().statusCode(200);
        given().get("/api/v1/activities/" + activity + "/photos").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void refusesCallersWithoutAToken() throws IOException {
        UUID activity = fixtures.activityIn("521103");
        UUID photo = storedPhoto(activity);
        assertProblem(upload(activity, "image/png", png(image(10, 10))), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/activities/" + activity + "/photos").then(), 401, "auth.unauthenticated");
        assertProblem(given().get("/api/v1/activities/" + activity + "/photos/" + photo).then(), 401,
                "auth.unauthenticated");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "offline_access")
    void forbidsCallersWithoutACdvlRole() throws IOException {
        UUID activity = fixtures.activityIn("521104");
        UUID photo = storedPhoto(activity);
        assertProblem(upload(activity, "image/png", png(image(10, 10))), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/activities/" + activity + "/photos").then(), 403, "auth.forbidden");
        assertProblem(given().get("/api/v1/activities/" + activity + "/photos/" + photo).then(), 403, "auth.forbidden");
    }

    private static ValidatableResponse upload(UUID activity, String contentType, byte[] body) {
        return given().contentType(contentType).body(body).post("/api/v1/activities/" + activity + "/photos").then();
    }

    /** A raw upload that announces {@code length} bytes and sends only {@code first}: it stays in flight. */
    private static Socket startUpload(UUID activity, int length, byte[] first) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        first[0] = (byte) 0x89;
        socket.getOutputStream().write(("POST /api/v1/activities/" + activity + "/photos HTTP/1.1\r\n"
                + "Host: localhost\r\nContent-Type: image/png\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(first);
        socket.getOutputStream().flush();
        return socket;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("condition reached within 20 s").isTrue();
            Thread.sleep(50);
        }
    }

    /** Bodies being received (cdvl.photos.upload-folder of the test profile). */
    private static List<Path> incomingFiles() {
        Path folder = Path.of("target/test-uploads");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Announces 11 MB, above quarkus.http.limits.max-body-size (10M), which is refused from the
     * headers alone; a raw request, because HTTP clients fail when an answer comes before the body.
     */
    private static String beyondMaxBodySize(UUID activity) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/activities/" + activity + "/photos HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: image/jpeg\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A photo put in place directly, for tests whose caller could not upload it. */
    private UUID storedPhoto(UUID activity) throws IOException {
        UUID id = UUID.randomUUID();
        String key = "photos/" + activity + "/" + id + ".png";
        String thumbnailKey = "photos/" + activity + "/" + id + "_thumb.jpg";
        storage.put(key, png(image(10, 10)));
        storage.put(thumbnailKey, jpeg(image(10, 10)));
        QuarkusTransaction.requiringNew().run(() -> photos.persist(new ActivityPhoto(id, activity, "image/png", 100,
                "0".repeat(64), 10, 10, key, thumbnailKey, OffsetDateTime.now(), "fixture")));
        return id;
    }

    private List<Path> filesOf(UUID activity) throws IOException {
        Path folder = Path.of(storageConfig.path(), "photos", activity.toString());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Top-left quarter red, the rest blue, so a turn shows. */
    static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        return write(image, "jpeg");
    }

    static byte[] png(BufferedImage image) throws IOException {
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A JPEG whose first bytes were cut: no magic number left. */
    private static byte[] jpegHeaderless() throws IOException {
        byte[] jpeg = jpeg(image(10, 10));
        return java.util.Arrays.copyOfRange(jpeg, 3, jpeg.length);
    }

    /**
     * Splices an APP1 EXIF segment after the JPEG's SOI, as a phone writes it: IFD0 with the
     * orientation and a pointer to a GPS IFD holding latitude 18° 17' 24" N.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.put(GPS_LATITUDE);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length + tiff.capacity());
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length + tiff.capacity())).put(exif)
                .put(tiff.array());
        return ByteBuffer.allocate(jpeg.length + app1.capacity())
                .put(jpeg, 0, 2).put(app1.array()).put(jpeg, 2, jpeg.length - 2).array();
    }

    /** Inserts a tEXt chunk right after the PNG's IHDR (8-byte signature + 25-byte IHDR). */
    static byte[] withTextChunk(byte[] png, String keyword, String value) {
        byte[] text = chunk("tEXt", (keyword + "\0" + value).getBytes(StandardCharsets.ISO_8859_1));
        return ByteBuffer.allocate(png.length + text.length)
                .put(png, 0, 33).put(text).put(png, 33, png.length - 33).array();
    }

    /** Only the signature, IHDR and IEND of a PNG: it claims its size without the pixels to back it. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        png.put(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array()));
        png.put(chunk("IEND", new byte[0]));
        return png.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
