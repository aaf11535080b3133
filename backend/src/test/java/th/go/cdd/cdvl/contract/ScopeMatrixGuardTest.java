package th.go.cdd.cdvl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The scope matrix's guard catches an operation added to the contract without its scope cases:
 * the checked-in contract with one operation added or changed must make it name that operation.
 */
class ScopeMatrixGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCheckedInContractLacksNoScopeCase() {
        assertThat(guard(OpenApiContract.readFile())).isEmpty();
    }

    @Test
    void anOperationThatListsNoRolesIsNamed() {
        JsonNode contract = withOperation("/api/v1/widgets", "post", "[]");
        assertThat(guard(contract)).anyMatch(p -> p.startsWith("POST /api/v1/widgets lists no roles"));
        contract = withOperation("/api/v1/widgets", "get", null);
        assertThat(guard(contract)).anyMatch(p -> p.startsWith("GET /api/v1/widgets lists no roles"));
    }

    @Test
    void anOperationThatAlsoLetsCallersWithoutATokenInIsNamed() {
        JsonNode contract = withOperation("/api/v1/widgets", "get", "[{}, {\"keycloak\": [\"admin\"]}]");
        assertThat(guard(contract)).anyMatch(p -> p.startsWith("GET /api/v1/widgets lists no roles"));
    }

    @Test
    void anOperationWithARoleNobodyHasIsNamed() {
        JsonNode contract = withOperation("/api/v1/widgets", "get", "[{\"keycloak\": [\"admin\", \"superuser\"]}]");
        assertThat(guard(contract)).contains("GET /api/v1/widgets lists an unknown role superuser");
    }

    @Test
    void aPathWithParametersNobodyClassifiedIsNamed() {
        JsonNode contract = withOperation("/api/v1/centers/{id}/widgets", "get", "[{\"keycloak\": [\"admin\"]}]");
        assertThat(guard(contract)).contains(
                "GET /api/v1/centers/{id}/widgets: put its path in exactly one of AREA_RECORDS and SHARED_DATA");
        contract = withOperation("/api/v1/widgets/{widgetId}", "get", "[{\"keycloak\": [\"admin\"]}]");
        assertThat(guard(contract)).anyMatch(p -> p.startsWith("No fixture value for {widgetId} in /api/v1/widgets/{widgetId}"));
    }

    @Test
    void everyKindOfOperationIsRead() {
        for (String method : OpenApiContract.METHODS) {
            JsonNode contract = withOperation("/api/v1/centers", method, null);
            assertThat(guard(contract)).as(method)
                    .anyMatch(p -> p.startsWith(method.toUpperCase(Locale.ROOT) + " /api/v1/centers lists no roles"));
        }
    }

    @Test
    void aClassifiedPathTheContractLostIsNamed() {
        ObjectNode contract = (ObjectNode) OpenApiContract.readFile();
        ((ObjectNode) contract.get("paths")).remove("/api/v1/partners/{id}/links");
        assertThat(guard(contract)).contains("/api/v1/partners/{id}/links is listed here but not in the contract");
    }

    /** The checked-in contract plus one operation, secured by {@code security} (JSON; null for none). */
    private static JsonNode withOperation(String path, String method, String security) {
        ObjectNode contract = (ObjectNode) OpenApiContract.readFile();
        ObjectNode paths = (ObjectNode) contract.get("paths");
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode op = item.putObject(method);
        op.put("operationId", "widget" + method);
        op.putObject("responses").putObject("200").put("description", "OK");
        if (security != null) {
            try {
                op.set("security", JSON.readTree(security));
            } catch (IOException e) {
                throw new IllegalArgumentException(security, e);
            }
        }
        return contract;
    }

    private static List<String> guard(JsonNode contract) {
        return ScopeMatrixContractTest.missingScopeCases(OpenApiContract.of(contract));
    }
}
