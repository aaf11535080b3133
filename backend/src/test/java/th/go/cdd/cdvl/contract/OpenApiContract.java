package th.go.cdd.cdvl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checked-in contract (openapi/openapi.yaml) read as plain JSON trees: its operations, their
 * parameters, request bodies and the roles (scopes of the {@code keycloak} requirement) that may call
 * them. {@code OpenApiContractTest} keeps the file equal to the code, so driving tests from it drives
 * them from the code.
 */
final class OpenApiContract {

    static final Path FILE = Path.of("../openapi/openapi.yaml");
    /** Every operation an OpenAPI path item can hold, so no kind of operation escapes the suites. */
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, String operationId, List<Parameter> parameters,
            Map<String, JsonNode> requestBody, Set<String> scopes, boolean secured, JsonNode okJson) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean declaresHeader(String name) {
            return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }

        JsonNode jsonBody() {
            return requestBody.get("application/json");
        }

        boolean takesBinary() {
            return !requestBody.isEmpty() && jsonBody() == null;
        }

        boolean isRead() {
            return method.equals("GET") || method.equals("HEAD");
        }
    }

    private final JsonNode root;
    private final List<Operation> operations;

    private OpenApiContract(JsonNode root) {
        this.root = root;
        this.operations = List.copyOf(readOperations());
    }

    static OpenApiContract load() {
        return of(readFile());
    }

    /** The checked-in contract as a tree, for a test that changes it before reading it. */
    static JsonNode readFile() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + FILE.toAbsolutePath(), e);
        }
    }

    static OpenApiContract of(JsonNode root) {
        return new OpenApiContract(root);
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema with a top-level {@code $ref} followed (siblings such as {@code examples} kept). */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("Unresolvable " + ref);
        }
        ObjectNode merged = resolve(target).deepCopy();
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /**
     * The contract's personal fields ({@code x-personal-data}) by property name and kind, e.g.
     * {@code fullName → name}; a name has one kind wherever it is used.
     */
    Map<String, String> personalFields() {
        Map<String, String> fields = new java.util.TreeMap<>();
        root.path("components").path("schemas").forEach(schema -> schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode kind = p.getValue().get("x-personal-data");
            if (kind != null && fields.put(p.getKey(), kind.asText()) != null && !fields.get(p.getKey()).equals(kind.asText())) {
                throw new IllegalStateException(p.getKey() + " is personal data of two kinds");
            }
        }));
        return fields;
    }

    /** Whether the operation's 200 answer can carry personal data: its schema reaches a personal field. */
    boolean answersPersonalData(Operation op) {
        return reachesPersonal(op.okJson(), new java.util.HashSet<>());
    }

    private boolean reachesPersonal(JsonNode schema, Set<String> seen) {
        if (schema == null || schema.isMissingNode()) {
            return false;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return seen.add(ref) && reachesPersonal(root.at(ref.substring(1)), seen);
        }
        if (schema.has("x-personal-data")) {
            return true;
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (reachesPersonal(schema.get(nested), seen)) {
                return true;
            }
        }
        for (String group : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(group)) {
                if (reachesPersonal(part, seen)) {
                    return true;
                }
            }
        }
        Iterator<JsonNode> properties = schema.path("properties").elements();
        while (properties.hasNext()) {
            if (reachesPersonal(properties.next(), seen)) {
                return true;
            }
        }
        return false;
    }

    private List<Operation> readOperations() {
        List<Operation> result = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    result.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), op));
                }
            }
        }
        return result;
    }

    private Operation operation(String method, String path, JsonNode op) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    resolve(parameter.get("schema"))));
        }
        Map<String, JsonNode> body = new LinkedHashMap<>();
        op.path("requestBody").path("content").fields()
                .forEachRemaining(media -> body.put(media.getKey(), resolve(media.getValue().get("schema"))));
        Set<String> scopes = new LinkedHashSet<>();
        // secured only if every alternative needs a token: an empty requirement ({}) lets anyone in
        boolean secured = !op.path("security").isEmpty();
        for (JsonNode requirement : op.path("security")) {
            JsonNode keycloak = requirement.get("keycloak");
            if (keycloak == null) {
                secured = false;
            } else {
                keycloak.forEach(scope -> scopes.add(scope.asText()));
            }
        }
        JsonNode okJson = op.path("responses").path("200").path("content").path("application/json").get("schema");
        return new Operation(method, path, op.path("operationId").asText(), List.copyOf(parameters), body,
                Set.copyOf(scopes), secured, okJson);
    }
}
