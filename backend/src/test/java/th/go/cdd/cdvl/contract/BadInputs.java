package th.go.cdd.cdvl.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;
import th.go.cdd.cdvl.contract.OpenApiContract.Operation;
import th.go.cdd.cdvl.contract.OpenApiContract.Parameter;

/**
 * Bad requests for one operation of the contract, derived from a valid one (fixture ids in the path,
 * a body the schema accepts, the current ETag in If-Match): one thing is broken per probe — a path
 * parameter, a query parameter, a header, the body's syntax, one field's type or value, a missing
 * or extra field, or the size. Everything is derived from the contract and a seed, so a run is
 * repeatable and a new operation or field is covered without touching this class.
 */
final class BadInputs {

    /** Stands for the record's current ETag in If-Match; the sender substitutes it. */
    static final String CURRENT_VERSION = "<current-version>";
    static final int MEGABYTES_2 = 2 * 1024 * 1024;
    /**
     * Area filters the valid request sets to the fixtures' district: nationwide reports take a
     * tenth of a second each, and the district's records are what the probes are about.
     */
    private static final Set<String> NARROWING = Set.of("areaCode", "districtCode");

    record Probe(String category, String label, String method, String target, Map<String, String> headers,
            byte[] body) {

        String describe() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + " chars)" : target;
            Map<String, String> h = new LinkedHashMap<>();
            headers.forEach((k, v) -> h.put(k, v.length() > 60 ? v.substring(0, 60) + "…" : v));
            String b = body == null ? "" : " body=" + excerpt(body);
            return method + " " + shown + " [" + category + ": " + label + "] " + h + b;
        }

        Probe withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Probe(category, label, method, target, Collections.unmodifiableMap(h), body);
        }

        private static String excerpt(byte[] body) {
            String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8)
                    .replaceAll("\\p{Cntrl}", "·");
            return text + (body.length > 120 ? "…(" + body.length + " bytes)" : "");
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ASCII_JSON = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private final OpenApiContract contract;
    private final FixtureSet fixtures;
    private final SampleBodies samples;

    BadInputs(OpenApiContract contract, FixtureSet fixtures) {
        this.contract = contract;
        this.fixtures = fixtures;
        this.samples = new SampleBodies(contract, fixtures);
    }

    /** The valid request first, then every bad variant. */
    List<Probe> probes(Operation op, long seed) {
        Random random = new Random(seed ^ op.key().hashCode());
        Draft base = base(op);
        List<Probe> probes = new ArrayList<>();
        probes.add(base.as("baseline", "valid request"));
        pathProbes(op, base, random, probes);
        queryProbes(op, base, probes);
        headerProbes(op, base, probes);
        if (op.jsonBody() != null) {
            jsonBodyProbes(op, base, random, probes);
        } else if (op.takesBinary()) {
            binaryBodyProbes(base, probes);
        } else {
            probes.add(base.withBody("application/json", "{".getBytes(StandardCharsets.UTF_8)).as("body", "unexpected malformed JSON"));
            probes.add(base.withBody("text/plain", "x".repeat(10_000).getBytes(StandardCharsets.UTF_8)).as("body", "unexpected text"));
        }
        return probes;
    }

    /** The valid request alone: fixture ids in the path, a body the schema accepts. */
    Probe valid(Operation op) {
        return base(op).as("baseline", "valid request");
    }

    /** The valid request with one query parameter set to {@code value} (an area selector, say). */
    Probe validWith(Operation op, String parameter, String value) {
        Draft draft = base(op);
        draft.query.put(parameter, value);
        return draft.as("scope", parameter + "=" + value);
    }

    private Draft base(Operation op) {
        Draft draft = new Draft(op.method(), op.path());
        draft.pathValues.putAll(ContractPaths.values(op, fixtures));
        for (Parameter parameter : op.in("query")) {
            if (NARROWING.contains(parameter.name())) {
                draft.query.put(parameter.name(), fixtures.districtCode());
            } else if (parameter.name().equals("name")) {
                draft.query.put(parameter.name(), encode("วัด"));
            }
        }
        if (op.declaresHeader("If-Match")) {
            draft.headers.put("If-Match", CURRENT_VERSION);
        }
        if (op.jsonBody() != null) {
            draft.headers.put("Content-Type", "application/json");
            draft.body = bytes(samples.sample(op.jsonBody()));
        } else if (op.takesBinary()) {
            draft.headers.put("Content-Type", "image/jpeg");
            draft.body = ContractFixtures.jpeg();
        }
        return draft;
    }

    // ---------------------------------------------------------------- path

    private void pathProbes(Operation op, Draft base, Random random, List<Probe> probes) {
        for (Map.Entry<String, String> parameter : base.pathValues.entrySet()) {
            String valid = parameter.getValue();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("not a UUID", "not-a-uuid");
            values.put("99 digits", "9".repeat(99));
            values.put("encoded ../", "..%2F..%2Fme");
            values.put("encoded ../ before the value", "..%2F" + valid);
            values.put("encoded dots", "%2e%2e");
            values.put("double-encoded ../", "%252e%252e%252f");
            values.put("empty", "");
            values.put("space", "%20");
            values.put("Thai", encode("ลำปาง"));
            values.put("Thai digits", encode("๕๒๐๑"));
            values.put("emoji", encode("🙂🇹🇭"));
            values.put("NUL", "%00");
            values.put("ESC", "%1B");
            values.put("U+2028", "%E2%80%A8");
            values.put("SQL injection", encode("' or 1=1 --"));
            values.put("HTML", encode("<script>alert(1)</script>"));
            values.put("1000 characters", "a".repeat(1000));
            values.put("negative", "-1");
            values.put("zero", "0");
            values.put("int overflow", "2147483648");
            values.put("decimal", "2571.5");
            values.put("nil UUID", "00000000-0000-0000-0000-000000000000");
            values.put("unknown UUID", new UUID(random.nextLong(), random.nextLong()).toString());
            values.put("upper case", valid.toUpperCase(Locale.ROOT));
            values.put("braces", encode("{" + valid + "}"));
            values.put("suffix", valid + "x");
            values.put("trailing space", valid + "%20");
            values.put("matrix parameter", valid + ";a=1");
            values.put("impossible date", "2024-02-30");
            values.forEach((label, value) -> {
                Draft draft = base.copy();
                draft.pathValues.put(parameter.getKey(), value);
                probes.add(draft.as("path", "{" + parameter.getKey() + "} " + label));
            });
        }
    }

    // ---------------------------------------------------------------- query

    private void queryProbes(Operation op, Draft base, List<Probe> probes) {
        for (Parameter parameter : op.in("query")) {
            for (Map.Entry<String, String> value : queryValues(parameter).entrySet()) {
                Draft draft = base.copy();
                draft.query.put(parameter.name(), value.getValue());
                probes.add(draft.as("query", parameter.name() + " " + value.getKey()));
            }
        }
        Map<String, String> generic = new LinkedHashMap<>();
        generic.put("page=-1", "page=-1");
        generic.put("size=100000", "size=100000");
        generic.put("sort=unknown", "sort=unknown");
        generic.put("fiscalYear=abc", "fiscalYear=abc");
        generic.put("quarter=5", "quarter=5");
        generic.put("areaCode=99", "areaCode=99");
        generic.put("q=NUL", "q=%00");
        generic.put("undeclared parameter", "zzz=1");
        generic.put("repeated size", "size=1&size=2");
        generic.put("size without value", "size");
        generic.put("NUL name and value", "%00=%00");
        generic.put("3000-character value", "a=" + "b".repeat(3000));
        generic.forEach((label, query) -> probes.add(base.withQuery(query).as("query", label)));
    }

    private Map<String, String> queryValues(Parameter parameter) {
        JsonNode schema = parameter.schema() == null ? NODES.objectNode() : parameter.schema();
        String type = schema.path("type").asText("string");
        String name = parameter.name();
        Map<String, String> values = new LinkedHashMap<>();
        if (schema.has("enum")) {
            values.put("unknown value", "UNKNOWN");
            values.put("lower case", encode(schema.get("enum").get(0).asText().toLowerCase(Locale.ROOT)));
            values.put("with space", encode(schema.get("enum").get(0).asText() + " "));
            values.put("Thai", encode("ศาสนา"));
            values.put("empty", "");
        } else if (type.equals("integer") || type.equals("number")) {
            values.put("abc", "abc");
            values.put("-1", "-1");
            values.put("0", "0");
            values.put("int overflow", "2147483648");
            values.put("int underflow", "-2147483649");
            values.put("99999999999999999999", "99999999999999999999");
            values.put("decimal", "1.5");
            values.put("exponent", "1e3");
            values.put("empty", "");
            values.put("space", "%20");
            values.put("Thai digits", encode("๒๕๖๘"));
            values.put("full-width digit", encode("１"));
            values.put("hex", "0x10");
            values.put("plus sign", "%2B1");
            values.put("list", "1,2");
            values.put("NaN", "NaN");
            if (name.equals("size")) {
                values.put("size 100000", "100000");
                values.put("size 201", "201");
            }
        } else if (type.equals("boolean")) {
            values.put("yes", "yes");
            values.put("2", "2");
            values.put("empty", "");
            values.put("null", "null");
        } else if ("uuid".equals(schema.path("format").asText())) {
            values.put("not a UUID", "not-a-uuid");
            values.put("empty", "");
            values.put("nil UUID", "00000000-0000-0000-0000-000000000000");
            values.put("99 digits", "9".repeat(99));
            values.put("SQL injection", encode("' or 1=1 --"));
        } else if ("date".equals(schema.path("format").asText()) || name.equals("from") || name.equals("to")) {
            values.put("impossible month", "2024-13-45");
            values.put("Thai style", encode("13/12/2567"));
            values.put("word", "yesterday");
            values.put("offset +99", encode("2024-12-01T00:00:00+99:00"));
            values.put("zeros", "0000-00-00");
            values.put("five-digit year", "99999-01-01");
            values.put("30 February", "2024-02-30");
            values.put("empty", "");
        } else if (name.equals("sort")) {
            values.put("unknown field", "unknown");
            values.put("only dash", "-");
            values.put("only comma", ",");
            values.put("SQL", encode("name;drop table center"));
            values.put("trailing dash", encode("-updatedAt,-"));
            values.put("password", "password");
            values.put("SQL order", encode("id desc"));
            values.put("Thai", encode("ชื่อ"));
            values.put("NUL", "-%00");
            values.put("one unknown of two", encode("updatedAt,unknown"));
        } else {
            values.put("1000 characters", "x".repeat(1000));
            values.put("3000 characters", "x".repeat(3000));
            values.put("Thai", encode("เวียง"));
            values.put("emoji", encode("🙂"));
            values.put("NUL", "%00");
            values.put("ESC", "%1B");
            values.put("U+2028", "%E2%80%A8");
            values.put("SQL injection", encode("' or 1=1 --"));
            values.put("HTML", encode("<script>alert(1)</script>"));
            values.put("LIKE wildcards", encode("%_%"));
            values.put("backslash", encode("\\"));
            values.put("empty", "");
            values.put("space", "%20");
            if (name.toLowerCase(Locale.ROOT).endsWith("code")) {
                values.put("99 digits", "9".repeat(99));
                values.put("letters", "abcd");
                values.put("inner space", encode("52 01"));
                values.put("zeros", "0000");
                values.put("unknown province", "99");
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- headers

    private void headerProbes(Operation op, Draft base, List<Probe> probes) {
        Map<String, String> ifMatch = new LinkedHashMap<>();
        ifMatch.put("garbage", "garbage");
        ifMatch.put("quoted text", "\"abc\"");
        ifMatch.put("weak", "W/\"0\"");
        ifMatch.put("star", "*");
        ifMatch.put("negative", "\"-1\"");
        ifMatch.put("huge", "\"99999999999999999999\"");
        ifMatch.put("empty quotes", "\"\"");
        ifMatch.put("blank", " ");
        ifMatch.put("list", "\"0\", \"1\"");
        ifMatch.put("exponent", "\"1e3\"");
        ifMatch.put("8000 characters", "\"" + "9".repeat(8000) + "\"");
        ifMatch.forEach((label, value) -> probes.add(base.withHeader("If-Match", value).as("header", "If-Match " + label)));
        Draft noIfMatch = base.copy();
        noIfMatch.headers.remove("If-Match");
        if (op.declaresHeader("If-Match")) {
            probes.add(noIfMatch.as("header", "If-Match missing"));
        }

        Map<String, String> accept = new LinkedHashMap<>();
        accept.put("image/png", "image/png");
        accept.put("application/xml", "application/xml");
        accept.put("text/html", "text/html");
        accept.put("text/csv", "text/csv");
        accept.put("garbage", "garbage");
        accept.put("JSON refused", "application/json;q=0");
        accept.put("everything refused", "*/*;q=0");
        accept.forEach((label, value) -> probes.add(base.withHeader("Accept", value).as("header", "Accept " + label)));

        if (base.body != null) {
            Map<String, String> contentType = new LinkedHashMap<>();
            contentType.put("text/plain", "text/plain");
            contentType.put("application/xml", "application/xml");
            contentType.put("multipart", "multipart/form-data; boundary=x");
            contentType.put("form", "application/x-www-form-urlencoded");
            contentType.put("JSON in Latin-1", "application/json; charset=ISO-8859-1");
            contentType.put("JSON in UTF-16", "application/json; charset=UTF-16");
            contentType.put("unknown charset", "application/json; charset=bogus");
            contentType.put("image/png", "image/png");
            contentType.put("garbage", "garbage");
            contentType.put("JSON patch", "application/json-patch+json");
            contentType.forEach((label, value) -> probes.add(base.withHeader("Content-Type", value)
                    .as("header", "Content-Type " + label)));
            Draft none = base.copy();
            none.headers.remove("Content-Type");
            probes.add(none.as("header", "Content-Type missing"));
            probes.add(base.withHeader("Content-Encoding", "gzip").as("header", "Content-Encoding gzip, body plain"));
        }
        probes.add(base.withHeader("X-HTTP-Method-Override", "DELETE").as("header", "method override"));
        if (op.declaresHeader("Idempotency-Key")) {
            probes.add(base.withHeader("Idempotency-Key", "k".repeat(101)).as("header", "Idempotency-Key 101 characters"));
            probes.add(base.withHeader("Idempotency-Key", "k".repeat(5000)).as("header", "Idempotency-Key 5000 characters"));
            probes.add(base.withHeader("Idempotency-Key", " ").as("header", "Idempotency-Key blank"));
            probes.add(base.withHeader("Idempotency-Key", new String("ศูนย์".getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1)).as("header", "Idempotency-Key raw UTF-8"));
        }
    }

    // ---------------------------------------------------------------- JSON bodies

    private void jsonBodyProbes(Operation op, Draft base, Random random, List<Probe> probes) {
        JsonNode schema = contract.resolve(op.jsonBody());
        ObjectNode valid = (ObjectNode) samples.sample(schema);
        String text = new String(bytes(valid), StandardCharsets.UTF_8);

        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("empty", new byte[0]);
        malformed.put("open brace", utf8("{"));
        malformed.put("close brace", utf8("}"));
        malformed.put("missing value", utf8("{\"a\":}"));
        malformed.put("open bracket", utf8("["));
        malformed.put("null", utf8("null"));
        malformed.put("true", utf8("true"));
        malformed.put("number", utf8("123"));
        malformed.put("string", utf8("\"text\""));
        malformed.put("empty array", utf8("[]"));
        malformed.put("empty object", utf8("{}"));
        malformed.put("single quotes", utf8("{'a':1}"));
        malformed.put("unquoted key", utf8("{a:1}"));
        malformed.put("trailing comma", utf8(text.substring(0, text.length() - 1) + ",}"));
        malformed.put("trailing garbage", utf8(text + " trailing"));
        malformed.put("two documents", utf8(text + text));
        malformed.put("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)));
        malformed.put("UTF-16", text.getBytes(StandardCharsets.UTF_16));
        malformed.put("invalid UTF-8", concat(utf8("{\"x\":\""), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, utf8("\"}")));
        malformed.put("NUL byte", utf8("\u0000"));
        malformed.put("NaN", utf8("{\"x\": NaN}"));
        malformed.put("comment", utf8("/* c */" + text));
        malformed.put("100000 open brackets", utf8("[".repeat(100_000)));
        malformed.put("20000 nested objects", utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
        malformed.put("form encoded", utf8("a=1&b=2"));
        malformed.put("XML", utf8("<a>1</a>"));
        malformed.put("base64", utf8(Base64.getEncoder().encodeToString(utf8(text))));
        malformed.put("top-level array of the body", utf8("[" + text + "]"));
        malformed.put("body as a string", bytes(NODES.textNode(text)));
        Iterator<String> names = valid.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            malformed.put("duplicate key", utf8("{\"" + first + "\":{\"nested\":true}," + text.substring(1)));
        }
        malformed.forEach((label, body) -> probes.add(base.withBody("application/json", body).as("body", label)));

        for (Map.Entry<String, JsonNode> field : fields(schema).entrySet()) {
            String path = field.getKey();
            JsonNode fieldSchema = field.getValue();
            boolean required = isRequired(schema, path);
            for (Map.Entry<String, JsonNode> variant : fieldValues(fieldSchema, random).entrySet()) {
                ObjectNode body = valid.deepCopy();
                set(body, path, variant.getValue());
                probes.add(base.withBody("application/json", bytes(body)).as("field", path + " " + variant.getKey()));
            }
            ObjectNode escaped = valid.deepCopy();
            if (fieldSchema.path("type").asText("").equals("string") || fieldSchema.has("enum")) {
                set(escaped, path, NODES.textNode("a\ud800b"));
                probes.add(base.withBody("application/json", asciiBytes(escaped)).as("field", path + " lone surrogate"));
            }
            ObjectNode missing = valid.deepCopy();
            remove(missing, path);
            probes.add(base.withBody("application/json", bytes(missing)).as("field", path + (required ? " required" : "") + " missing"));
            ObjectNode nulled = valid.deepCopy();
            set(nulled, path, NODES.nullNode());
            probes.add(base.withBody("application/json", bytes(nulled)).as("field", path + " null"));
        }

        Map<String, JsonNode> extras = new LinkedHashMap<>();
        extras.put("zzz", NODES.numberNode(1));
        extras.put("id", NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString()));
        extras.put("version", NODES.numberNode(999));
        extras.put("createdBy", NODES.textNode("attacker"));
        extras.put("createdAt", NODES.textNode("2000-01-01T00:00:00Z"));
        extras.put("state", NODES.textNode("ACCEPTED"));
        extras.put("__proto__", NODES.objectNode().put("admin", true));
        extras.put("@class", NODES.textNode("java.lang.Runtime"));
        extras.put("areaCode", NODES.textNode("10"));
        extras.forEach((name, value) -> {
            if (!valid.has(name)) {
                ObjectNode body = valid.deepCopy();
                body.set(name, value);
                probes.add(base.withBody("application/json", bytes(body)).as("extra", name));
            }
        });
        ObjectNode upper = NODES.objectNode();
        valid.fields().forEachRemaining(f -> upper.set(f.getKey().toUpperCase(Locale.ROOT), f.getValue()));
        probes.add(base.withBody("application/json", bytes(upper)).as("extra", "every key upper case"));

        String huge = "x".repeat(MEGABYTES_2);
        String stringField = fields(schema).entrySet().stream()
                .filter(f -> f.getValue().path("type").asText("").equals("string") && !f.getValue().has("enum"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (stringField != null) {
            ObjectNode body = valid.deepCopy();
            set(body, stringField, NODES.textNode(huge));
            probes.add(base.withBody("application/json", bytes(body)).as("huge", "2 MB " + stringField));
        }
        ObjectNode padded = valid.deepCopy();
        padded.put("padding", huge);
        probes.add(base.withBody("application/json", bytes(padded)).as("huge", "2 MB extra field"));
        ObjectNode numbers = valid.deepCopy();
        ArrayNode many = numbers.putArray("numbers");
        for (int i = 0; i < MEGABYTES_2 / 2; i++) {
            many.add(1);
        }
        probes.add(base.withBody("application/json", bytes(numbers)).as("huge", "2 MB extra array"));
        probes.add(base.withBody("application/json", utf8(" ".repeat(MEGABYTES_2) + text)).as("huge", "2 MB of whitespace, then the body"));
    }

    /** Top-level properties and those of nested objects, by dotted path. */
    private Map<String, JsonNode> fields(JsonNode schema) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode resolved = contract.resolve(property.getValue());
            fields.put(property.getKey(), resolved);
            if (resolved.path("type").asText("").equals("object") || resolved.has("properties")) {
                resolved.path("properties").fields().forEachRemaining(nested ->
                        fields.put(property.getKey() + "." + nested.getKey(), contract.resolve(nested.getValue())));
            }
        });
        return fields;
    }

    private static boolean isRequired(JsonNode schema, String path) {
        if (path.contains(".")) {
            return false;
        }
        for (JsonNode name : schema.path("required")) {
            if (name.asText().equals(path)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, JsonNode> fieldValues(JsonNode schema, Random random) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            values.put("unknown value", NODES.textNode("UNKNOWN"));
            values.put("lower case", NODES.textNode(first.toLowerCase(Locale.ROOT)));
            values.put("trailing space", NODES.textNode(first + " "));
            values.put("empty", NODES.textNode(""));
            values.put("Thai", NODES.textNode("ศาสนา"));
            values.put("number", NODES.numberNode(1));
            values.put("array", NODES.arrayNode().add(first));
        } else if (type.equals("integer") || type.equals("number")) {
            values.put("-1", NODES.numberNode(-1));
            values.put("0", NODES.numberNode(0));
            if (schema.has("minimum")) {
                values.put("below minimum", NODES.numberNode(schema.get("minimum").decimalValue().subtract(BigDecimal.ONE)));
            }
            if (schema.has("maximum")) {
                values.put("above maximum", NODES.numberNode(schema.get("maximum").decimalValue().add(BigDecimal.ONE)));
            }
            values.put("int overflow", NODES.numberNode(2147483648L));
            values.put("int underflow", NODES.numberNode(-2147483649L));
            values.put("1e308", NODES.numberNode(1e308));
            values.put("1e400", raw("1e400"));
            values.put("1e-400", raw("1e-400"));
            values.put("23 digits", NODES.numberNode(new BigInteger("99999999999999999999999")));
            values.put("100 digits", raw("9".repeat(100)));
            values.put("decimal", NODES.numberNode(1.5));
            values.put("fraction of a satang", NODES.numberNode(new BigDecimal("0.001")));
            values.put("negative zero", raw("-0.0"));
            values.put("NaN token", raw("NaN"));
            values.put("string number", NODES.textNode("12"));
            values.put("string", NODES.textNode("abc"));
            values.put("boolean", NODES.booleanNode(true));
            values.put("array", NODES.arrayNode().add(1));
            values.put("object", NODES.objectNode());
        } else if (type.equals("boolean")) {
            values.put("yes", NODES.textNode("yes"));
            values.put("1", NODES.numberNode(1));
            values.put("string true", NODES.textNode("true"));
            values.put("empty", NODES.textNode(""));
            values.put("object", NODES.objectNode());
        } else if (type.equals("array")) {
            JsonNode item = samples.sample(schema.get("items"));
            values.put("string", NODES.textNode("x"));
            values.put("empty", NODES.arrayNode());
            values.put("[null]", NODES.arrayNode().addNull());
            values.put("duplicates", NODES.arrayNode().add(item).add(item));
            values.put("nested array", NODES.arrayNode().add(NODES.arrayNode().add(item)));
            values.put("array of objects", NODES.arrayNode().add(NODES.objectNode().put("a", 1)));
            values.put("Thai items", NODES.arrayNode().add("ภาคี").add("🙂"));
            ArrayNode tooMany = NODES.arrayNode();
            for (int i = 0; i < 51; i++) {
                tooMany.add(new UUID(random.nextLong(), random.nextLong()).toString());
            }
            values.put("51 unknown items", tooMany);
            ArrayNode tenThousand = NODES.arrayNode();
            for (int i = 0; i < 10_000; i++) {
                tenThousand.add(item);
            }
            values.put("10000 items", tenThousand);
        } else if (type.equals("object")) {
            values.put("string", NODES.textNode("x"));
            values.put("array", NODES.arrayNode());
            values.put("number", NODES.numberNode(1));
            values.put("empty object", NODES.objectNode());
            values.put("unknown fields", NODES.objectNode().put("zzz", 1));
        } else if (format.equals("date")) {
            values.put("30 February", NODES.textNode("2024-02-30"));
            values.put("month 13", NODES.textNode("2024-13-01"));
            values.put("Thai style", NODES.textNode("13/12/2567"));
            values.put("Buddhist year as Gregorian", NODES.textNode("2567-12-13"));
            values.put("year 0", NODES.textNode("0000-01-01"));
            values.put("max date", NODES.textNode("+999999999-12-31"));
            values.put("negative year", NODES.textNode("-2024-01-01"));
            values.put("compact", NODES.textNode("20241205"));
            values.put("number", NODES.numberNode(20241205));
            values.put("date-time", NODES.textNode("2024-12-05T10:00:00+07:00"));
            values.put("empty", NODES.textNode(""));
            values.put("no padding", NODES.textNode("2024-1-5"));
            values.put("9999-12-31", NODES.textNode("9999-12-31"));
            values.put("array", NODES.arrayNode().add(2024).add(12).add(5));
        } else if (format.equals("uuid")) {
            values.put("not a UUID", NODES.textNode("not-a-uuid"));
            values.put("empty", NODES.textNode(""));
            values.put("nil UUID", NODES.textNode("00000000-0000-0000-0000-000000000000"));
            values.put("unknown UUID", NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString()));
            values.put("number", NODES.numberNode(123));
            values.put("99 digits", NODES.textNode("9".repeat(99)));
            values.put("SQL injection", NODES.textNode("' or 1=1 --"));
        } else {
            int max = schema.path("maxLength").asInt(0);
            if (max > 0) {
                values.put("maxLength + 1 Thai characters", NODES.textNode("ก".repeat(max + 1)));
                values.put("maxLength Thai characters", NODES.textNode("ก".repeat(max)));
            }
            values.put("10000 characters", NODES.textNode("x".repeat(10_000)));
            values.put("empty", NODES.textNode(""));
            values.put("blank", NODES.textNode("   "));
            values.put("Thai", NODES.textNode("ศูนย์พัฒนาชุมชน ๑๒๓ ตำบลเวียง"));
            values.put("emoji", NODES.textNode("🙂🇹🇭👨‍👩‍👧"));
            values.put("NUL", NODES.textNode("\u0000"));
            values.put("inner NUL", NODES.textNode("a\u0000b"));
            values.put("ESC", NODES.textNode("\u001b[31mred"));
            values.put("U+2028", NODES.textNode("a\u2028b"));
            values.put("right-to-left override", NODES.textNode("\u202Eevil"));
            values.put("BOM", NODES.textNode("\uFEFFx"));
            values.put("tab and newline", NODES.textNode("a\tb\nc"));
            values.put("SQL injection", NODES.textNode("' or 1=1 --"));
            values.put("SQL drop", NODES.textNode("'; drop table center; --"));
            values.put("HTML", NODES.textNode("<script>alert(1)</script>"));
            values.put("HTML attribute", NODES.textNode("<img src=x onerror=alert(1)>"));
            values.put("JNDI", NODES.textNode("${jndi:ldap://x/a}"));
            values.put("path traversal", NODES.textNode("../../etc/passwd"));
            values.put("percent NUL", NODES.textNode("%00"));
            values.put("backslash", NODES.textNode("\\"));
            values.put("number", NODES.numberNode(12345));
            values.put("boolean", NODES.booleanNode(true));
            values.put("object", NODES.objectNode());
            values.put("array", NODES.arrayNode().add("x"));
            values.put("1e400", raw("1e400"));
        }
        return values;
    }

    // ---------------------------------------------------------------- binary bodies

    private void binaryBodyProbes(Draft base, List<Probe> probes) {
        byte[] jpeg = ContractFixtures.jpeg();
        byte[] randomBytes = new byte[MEGABYTES_2];
        new Random(42).nextBytes(randomBytes);
        Map<String, Object[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new Object[] {"image/jpeg", new byte[0]});
        bodies.put("text as JPEG", new Object[] {"image/jpeg", utf8("hello")});
        bodies.put("text", new Object[] {"text/plain", utf8("hello")});
        bodies.put("JSON", new Object[] {"application/json", utf8("{}")});
        bodies.put("JPEG magic then junk", new Object[] {"image/jpeg", concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, utf8("x".repeat(100)))});
        bodies.put("truncated JPEG", new Object[] {"image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)});
        bodies.put("PNG magic then junk", new Object[] {"image/png", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, utf8("junk"))});
        bodies.put("PNG declaring 100000 x 100000 pixels", new Object[] {"image/png", pngHeader(100_000, 100_000)});
        bodies.put("PNG declaring 0 x 0 pixels", new Object[] {"image/png", pngHeader(0, 0)});
        bodies.put("GIF", new Object[] {"image/gif", utf8("GIF89a\u0001\u0000\u0001\u0000")});
        bodies.put("SVG with script", new Object[] {"image/svg+xml", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")});
        bodies.put("WebP magic then junk", new Object[] {"image/webp", utf8("RIFF\u0010\u0000\u0000\u0000WEBPVP8 junk")});
        bodies.put("2 MB of random bytes", new Object[] {"application/octet-stream", randomBytes});
        bodies.put("JPEG as text/plain", new Object[] {"text/plain", jpeg});
        bodies.put("JPEG as multipart", new Object[] {"multipart/form-data; boundary=x", jpeg});
        bodies.forEach((label, value) -> probes.add(base.withBody((String) value[0], (byte[]) value[1]).as("body", label)));
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode raw(String token) {
        return NODES.rawValueNode(new RawValue(token));
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] parts = path.split("\\.", 2);
        if (parts.length == 1) {
            body.set(parts[0], value);
            return;
        }
        JsonNode parent = body.get(parts[0]);
        ObjectNode object = parent instanceof ObjectNode o ? o : body.putObject(parts[0]);
        object.set(parts[1], value);
    }

    private static void remove(ObjectNode body, String path) {
        String[] parts = path.split("\\.", 2);
        if (parts.length == 1) {
            body.remove(parts[0]);
        } else if (body.get(parts[0]) instanceof ObjectNode nested) {
            nested.remove(parts[1]);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] asciiBytes(JsonNode node) {
        try {
            return ASCII_JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** A request under construction; probes are immutable snapshots of it. */
    private static final class Draft {

        final String method;
        final String template;
        final LinkedHashMap<String, String> pathValues = new LinkedHashMap<>();
        final LinkedHashMap<String, String> headers = new LinkedHashMap<>();
        final LinkedHashMap<String, String> query = new LinkedHashMap<>();
        String rawQuery;
        byte[] body;

        Draft(String method, String template) {
            this.method = method;
            this.template = template;
        }

        Draft copy() {
            Draft copy = new Draft(method, template);
            copy.pathValues.putAll(pathValues);
            copy.headers.putAll(headers);
            copy.query.putAll(query);
            copy.rawQuery = rawQuery;
            copy.body = body;
            return copy;
        }

        Draft withQuery(String raw) {
            Draft copy = copy();
            copy.rawQuery = raw;
            return copy;
        }

        Draft withHeader(String name, String value) {
            Draft copy = copy();
            copy.headers.put(name, value);
            return copy;
        }

        Draft withBody(String contentType, byte[] content) {
            Draft copy = copy();
            copy.headers.put("Content-Type", contentType);
            copy.body = content;
            return copy;
        }

        Probe as(String category, String label) {
            List<String> parts = new ArrayList<>();
            query.forEach((name, value) -> parts.add(name + "=" + value));
            if (rawQuery != null) {
                parts.add(rawQuery);
            }
            String target = ContractPaths.render(template, pathValues) + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
            return new Probe(category, label, method, target, Collections.unmodifiableMap(new LinkedHashMap<>(headers)), body);
        }
    }
}
