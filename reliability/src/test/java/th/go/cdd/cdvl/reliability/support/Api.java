package th.go.cdd.cdvl.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API as a client sees it: status, headers and body of each answer, or an IOException when
 * nobody answers. Every call is bounded by a timeout, so a hanging server fails the test.
 */
public final class Api {

    public static final Duration TIMEOUT = Duration.ofSeconds(20);
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Reply get(String path, String token) throws IOException {
        return send(request(path, token).GET().header("Accept", "application/json"), Map.of());
    }

    public Reply post(String path, String token, Object body, Map<String, String> headers) throws IOException {
        return send(request(path, token).POST(json(body)).header("Content-Type", "application/json"), headers);
    }

    public Reply post(String path, String token, Object body) throws IOException {
        return post(path, token, body, Map.of());
    }

    /** A POST without a body, e.g. a state change that only needs If-Match. */
    public Reply post(String path, String token, Map<String, String> headers) throws IOException {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()), headers);
    }

    public Reply postBytes(String path, String token, byte[] body, String contentType) throws IOException {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType), Map.of());
    }

    public Reply put(String path, String token, String ifMatch, Object body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send(request(path, token).PUT(json(body)).header("Content-Type", "application/json"), headers);
    }

    /** A file (a photo) with its ETag. */
    public record Download(byte[] body, String etag) {
    }

    public Download download(String path, String token) throws IOException {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path, token).header("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode());
            }
            return new Download(response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Reply send(HttpRequest.Builder builder, Map<String, String> headers) throws IOException {
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** One answer. */
    public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String etag() {
            return headers.firstValue("ETag").orElse(null);
        }

        /** The stable code of an RFC 9457 problem answer, or null for anything else. */
        public String problemCode() {
            if (!contentType().startsWith("application/problem+json")) {
                return null;
            }
            return json().path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
