package th.go.cdd.cdvl.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

/** Reads and tampers with access tokens (never re-signs them): what an attacker or a bug could send. */
public final class Jwt {

    private Jwt() {
    }

    public static Instant expiry(String token) {
        return Instant.ofEpochSecond(part(token, 1).path("exp").asLong());
    }

    /** The same token with its header changed; the signature no longer matches. */
    public static String withHeader(String token, Consumer<ObjectNode> change) {
        return replace(token, 0, change);
    }

    /** The same token with its claims changed; the signature no longer matches. */
    public static String withClaims(String token, Consumer<ObjectNode> change) {
        return replace(token, 1, change);
    }

    private static String replace(String token, int index, Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode node = (ObjectNode) part(token, index);
        change.accept(node);
        try {
            parts[index] = Base64.getUrlEncoder().withoutPadding().encodeToString(Api.JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(".", parts);
    }

    private static JsonNode part(String token, int index) {
        try {
            return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
