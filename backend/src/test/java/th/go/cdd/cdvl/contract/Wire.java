package th.go.cdd.cdvl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import th.go.cdd.cdvl.contract.BadInputs.Probe;

/**
 * Sends probes byte for byte as built (no client-side encoding, charset or JSON mapping on the way),
 * over HTTP/1.1 to the test application.
 */
final class Wire {

    record Answer(int status, String contentType, byte[] body, Optional<String> etag, Optional<String> cacheControl) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String excerpt() {
            String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return text.replaceAll("\\s+", " ");
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Wire(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer send(Probe probe, String currentVersion) {
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(probe.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.target()))
                .timeout(Duration.ofSeconds(60))
                .method(probe.method(), body);
        for (Map.Entry<String, String> header : probe.headers().entrySet()) {
            String value = header.getValue().equals(BadInputs.CURRENT_VERSION) ? currentVersion : header.getValue();
            request.header(header.getKey(), value);
        }
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closedByTheServer) {
                // the server closes the connection after refusing an oversized request; a pooled
                // connection may be found closed by the next request, and the close can reset the
                // connection before an oversized request has read its own answer: go again, twice
                try {
                    response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException resetAgain) {
                    response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
                }
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag"), response.headers().firstValue("Cache-Control"));
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + probe.describe() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
