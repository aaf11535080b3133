package th.go.cdd.cdvl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.reliability.support.Api;
import th.go.cdd.cdvl.reliability.support.Bodies;
import th.go.cdd.cdvl.reliability.support.Lampang;
import th.go.cdd.cdvl.reliability.support.Stack;
import th.go.cdd.cdvl.reliability.support.TestApp;

/**
 * Deadline day at the packaged app with the production heap (-Xmx224m): 40 valid 8 MB JPEGs
 * uploaded at once by four officers, and 10 more that trickle in at 1 KB/s, while a viewer
 * browses. Once 40 such uploads ended the process with OutOfMemoryError, losing every answer.
 * Now the app stays up, every upload is answered (201 stored, 503 every decoder busy, 408 too slow,
 * 413 too large, 429 too many in flight for one user), the stored photos are exactly the 201s with
 * no partial file anywhere, the viewer gets only 200s and RSS stays at most 512 MB.
 */
@Order(6)
class UploadStormTest {

    private static final int PARALLEL = 40;
    private static final int TRICKLING = 10;
    private static final int ACTIVITIES = 5;
    private static final long RSS_LIMIT_KB = 512 * 1024;
    private static final List<String> UPLOADERS = List.of(Lampang.OFFICER, "demo.province52", Lampang.NATIONAL,
            Lampang.ADMIN);

    private static final HttpClient UPLOADS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private static Stack stack;

    @BeforeAll
    static void start() {
        stack = Stack.get();
    }

    @Test
    void fortyLargeAndTenTricklingUploadsLeaveTheAppUpAndEveryUploadAnswered() throws Exception {
        String officer = stack.keycloak.token(Lampang.OFFICER);
        String viewer = stack.keycloak.token("demo.viewer52");
        List<String> tokens = UPLOADERS.stream().map(stack.keycloak::token).toList();
        List<UUID> centers = new Lampang(stack.postgres).centersOf(Lampang.DISTRICT);
        List<UUID> activities = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            Api.Reply created = stack.api.post("/api/v1/activities", officer,
                    Bodies.activity(centers.get(i), "Upload storm " + i, 900 + i),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(created.status()).as("activity %d: %s", i, created).isEqualTo(201);
            activities.add(UUID.fromString(created.json().path("id").asText()));
        }
        byte[] photo = largeJpeg();
        assertThat(photo.length).as("a valid JPEG of about 8 MB, under the 8 MiB limit").isBetween(7_000_000, 8_388_608);
        long heldBefore = storedFileCount();
        // a body left by BackendKillTest's kill -9 is swept at a later start, once it is old enough
        List<Path> leftBefore = filesUnder(stack.settings.dataDir().resolve("uploads"));

        TestApp app = stack.app;
        long logStart = app.logPosition();
        RssSampler rss = new RssSampler(app.pid());
        AtomicBoolean storming = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> browsing = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL + TRICKLING + 2);
        try {
            pool.submit(rss);
            Future<?> browser = pool.submit(() -> browse(viewer, storming, browsing));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> trickles = new ArrayList<>();
            for (int i = 0; i < TRICKLING; i++) {
                UUID activity = activities.get(i % ACTIVITIES);
                String token = tokens.get(i % tokens.size());
                trickles.add(pool.submit(() -> trickle(activity, token, photo)));
            }
            List<Future<Integer>> uploads = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                UUID activity = activities.get(i % ACTIVITIES);
                String token = tokens.get(i % tokens.size());
                uploads.add(pool.submit(() -> {
                    go.await();
                    return upload(activity, token, photo);
                }));
            }
            go.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> upload : uploads) {
                answers.add(upload.get(3, TimeUnit.MINUTES));
            }
            List<Integer> trickled = new ArrayList<>();
            for (Future<Integer> trickle : trickles) {
                trickled.add(trickle.get(3, TimeUnit.MINUTES));
            }
            storming.set(false);
            browser.get(1, TimeUnit.MINUTES);
            rss.stop();

            long stored = answers.stream().filter(s -> s == 201).count() + trickled.stream().filter(s -> s == 201).count();
            System.out.printf("upload storm: parallel %s, trickling %s, browsing %d requests, RSS peak %d MB%n",
                    summary(answers), summary(trickled), browsing.size(), rss.peakKb() / 1024);

            assertThat(app.isRunning()).as("the app survived the storm").isTrue();
            assertThat(app.logSince(logStart)).doesNotContain("OutOfMemoryError");
            assertThat(answers).as("answers to the 40 parallel uploads").allMatch(s -> List.of(201, 408, 413, 429, 503).contains(s));
            assertThat(answers).as("some uploads were stored").contains(201);
            assertThat(trickled).as("answers to the trickling uploads").allMatch(s -> List.of(201, 408, 429, 503).contains(s));
            assertThat(browsing).as("the viewer's answers while the uploads ran").isNotEmpty().allMatch(s -> s == 200);
            assertThat(rss.peakKb()).as("RSS peak in kB").isLessThanOrEqualTo(RSS_LIMIT_KB);

            long photoRows = 0;
            for (UUID activity : activities) {
                photoRows += stack.api.get("/api/v1/activities/" + activity + "/photos", officer).json().size();
            }
            assertThat(photoRows).as("stored photos equal the 201 answers").isEqualTo(stored);
            assertThat(storedFileCount() - heldBefore).as("an image and a thumbnail for each stored photo, nothing else")
                    .isEqualTo(2 * stored);
            assertThat(filesUnder(stack.files())).as("half-written files in storage")
                    .noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
            assertThat(filesUnder(stack.settings.dataDir().resolve("uploads"))).as("bodies the storm left in the upload folder")
                    .allMatch(leftBefore::contains);
        } finally {
            storming.set(false);
            rss.stop();
            pool.shutdownNow();
        }
    }

    /**
     * One upload with a client of its own: forty connections opened at once on two busy cores may
     * take longer than the suite's usual 2 s connect timeout; what counts here is that each gets an answer.
     */
    private static int upload(UUID activity, String token, byte[] photo) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.app.url() + "/api/v1/activities/" + activity + "/photos"))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(photo))
                .build();
        return UPLOADS.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A viewer reading lists and their own profile all the while; each answer's status is kept. */
    private static Void browse(String token, AtomicBoolean storming, ConcurrentLinkedQueue<Integer> statuses)
            throws Exception {
        String[] pages = {"/api/v1/me", "/api/v1/centers?areaCode=" + Lampang.DISTRICT, "/api/v1/activities?size=20"};
        for (int i = 0; storming.get(); i++) {
            statuses.add(stack.api.get(pages[i % pages.length], token).status());
            Thread.sleep(100);
        }
        return null;
    }

    /**
     * An upload sent at 1 KB/s on a raw socket (an HTTP client would buffer it); returns the status
     * the app answers, which it must give without waiting for the rest of the body.
     */
    private static int trickle(UUID activity, String token, byte[] photo) throws IOException {
        try (Socket socket = new Socket("localhost", Integer.parseInt(stack.app.url().replaceAll(".*:", "")))) {
            socket.setSoTimeout((int) Duration.ofMinutes(3).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/activities/" + activity + "/photos HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + photo.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean answered = new AtomicBoolean(false);
            Thread sender = new Thread(() -> {
                try {
                    for (int at = 0; at < photo.length && !answered.get(); at += 1024) {
                        out.write(photo, at, Math.min(1024, photo.length - at));
                        out.flush();
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException e) {
                    // the app answered and closed the connection: what the test expects
                }
            }, "trickle-" + activity);
            sender.setDaemon(true);
            sender.start();
            InputStream in = socket.getInputStream();
            String statusLine = readLine(in);
            answered.set(true);
            sender.interrupt();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }

    /**
     * The bench's photo (bench/photos/NoiseJpeg.java, run as a single-file program): noise compresses
     * badly, so 3000 x 2200 px of it at JPEG quality 0.95 is a valid photo of 7.75 MB.
     */
    private static byte[] largeJpeg() throws IOException, InterruptedException {
        Path photo = Files.createTempFile("storm-", ".jpg");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process maker = new ProcessBuilder(java, stack.settings.noiseJpeg().toString(), photo.toString())
                    .inheritIO().start();
            assertThat(maker.waitFor(120, TimeUnit.SECONDS) && maker.exitValue() == 0).as("NoiseJpeg made the photo").isTrue();
            return Files.readAllBytes(photo);
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static long storedFileCount() throws IOException {
        return filesUnder(stack.files().resolve("photos")).size();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private static String summary(List<Integer> statuses) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts.toString();
    }

    /** VmRSS of the app's process every 100 ms. */
    private static final class RssSampler implements Runnable {
        private final Path status;
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        RssSampler(long pid) {
            this.status = Path.of("/proc/" + pid + "/status");
        }

        @Override
        public void run() {
            while (running) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("\\D", ""));
                            peak.accumulateAndGet(kb, Math::max);
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException e) {
                    return; // the process is gone; the test says so
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        long peakKb() {
            return peak.get();
        }
    }
}
