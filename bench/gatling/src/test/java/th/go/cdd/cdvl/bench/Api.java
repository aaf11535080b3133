package th.go.cdd.cdvl.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for setup work (discovery, tokens, resetting reports), never for measured load. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (HTTP " + status + "): " + abbreviated(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public Reply require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + abbreviated());
            }
            return this;
        }

        String abbreviated() {
            return body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
        }
    }

    private Api() {
    }

    public static Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    public static Reply post(String path, String token, String ifMatch, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body)));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b, token);
    }

    public static Reply postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Bench.loopback(url)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private static URI uri(String path) {
        return URI.create(Bench.baseUrl() + path);
    }

    private static Reply send(HttpRequest.Builder builder, String token) {
        builder.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r);
            } catch (IOException e) {
                if (attempt >= 3) {
                    throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
