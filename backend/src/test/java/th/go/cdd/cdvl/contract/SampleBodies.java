package th.go.cdd.cdvl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;

/**
 * A body that the contract's schema accepts, built from the schema (examples, enums, bounds) with
 * the fields that name records or areas pointed at a fixture set, so that a mutation of one field
 * is judged by the validation and business layers rather than refused for an unrelated reason.
 */
final class SampleBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Marks an optional field the sample leaves out (it needs a partner field to make sense). */
    private static final JsonNode OMIT = NODES.missingNode();

    private final OpenApiContract contract;
    private final Map<String, JsonNode> overrides;

    SampleBodies(OpenApiContract contract, FixtureSet f) {
        this.contract = contract;
        this.overrides = Map.ofEntries(
                Map.entry("centerId", NODES.textNode(f.center().toString())),
                Map.entry("partnerId", NODES.textNode(f.partner().toString())),
                Map.entry("partnerIds", NODES.arrayNode().add(f.partner().toString())),
                Map.entry("activityIds", NODES.arrayNode().add(f.activity().toString())),
                Map.entry("subdistrictCode", NODES.textNode(f.subdistrictCode())),
                Map.entry("areaCode", NODES.textNode(f.districtCode())),
                Map.entry("contactPhone", NODES.textNode("054-000000")),
                Map.entry("email", NODES.textNode("office" + f.districtCode() + "@cdvl.example")),
                Map.entry("type", NODES.textNode("HEALTH")),
                Map.entry("supports", NODES.arrayNode().add("KNOWLEDGE")),
                Map.entry("fiscalYear", NODES.numberNode(ContractFixtures.FISCAL_YEAR)),
                Map.entry("acknowledgeDuplicates", NODES.booleanNode(true)),
                Map.entry("heldOn", NODES.textNode("2027-12-01")),
                Map.entry("dueOn", NODES.textNode("2027-12-15")),
                Map.entry("operationStartsOn", NODES.textNode("2027-11-15")),
                Map.entry("operationEndsOn", NODES.textNode("2028-09-15")),
                Map.entry("startsOn", NODES.textNode("2027-11-01")),
                Map.entry("endsOn", NODES.textNode("2028-09-01")),
                Map.entry("status", NODES.textNode("ACTIVE")),
                Map.entry("level", NODES.textNode("DISTRICT")),
                Map.entry("nationalDay", OMIT),
                Map.entry("budgetBaht", OMIT),
                Map.entry("exceptionReason", OMIT),
                Map.entry("effectiveOn", OMIT),
                Map.entry("latitude", OMIT),
                Map.entry("longitude", OMIT),
                Map.entry("address", OMIT));
    }

    JsonNode sample(JsonNode schema) {
        JsonNode s = contract.resolve(schema);
        if (s == null) {
            return NODES.nullNode();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText("object");
        return switch (type) {
            case "object" -> object(s);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, s.path("minItems").asInt(1));
                for (int i = 0; i < items; i++) {
                    array.add(sample(s.get("items")));
                }
                yield array;
            }
            case "integer", "number" -> s.has("examples") ? s.get("examples").get(0)
                    : NODES.numberNode(Math.max(1, s.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(true);
            default -> string(s);
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode value = overrides.containsKey(property.getKey()) ? overrides.get(property.getKey())
                    : sample(property.getValue());
            if (!value.isMissingNode()) {
                body.set(property.getKey(), value.deepCopy());
            }
        });
        return body;
    }

    private JsonNode string(JsonNode s) {
        if (s.has("examples")) {
            return NODES.textNode(s.get("examples").get(0).asText());
        }
        if ("date".equals(s.path("format").asText())) {
            return NODES.textNode("2027-12-01");
        }
        if ("uuid".equals(s.path("format").asText())) {
            return NODES.textNode("00000000-0000-4000-8000-000000000000");
        }
        return NODES.textNode("ทดสอบสัญญา");
    }
}
