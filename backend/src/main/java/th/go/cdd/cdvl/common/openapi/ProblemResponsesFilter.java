package th.go.cdd.cdvl.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation documents the problems any endpoint may answer: 401 and 403 where a role is
 * needed (replacing the generator's bare entries), 500, and 503 while the database is unreachable.
 * Per-operation problems (400, 404, 409, 412...) stay on the resource methods.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> SHARED = Map.of(
            "401", ApiDocumentation.UNAUTHORIZED,
            "403", ApiDocumentation.FORBIDDEN);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream())
                .forEach(ProblemResponsesFilter::addProblems);
    }

    private static void addProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        SHARED.forEach((status, name) -> {
            if (responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, ref(name));
            }
        });
        responses.addAPIResponse("500", ref(ApiDocumentation.SERVER_ERROR));
        responses.addAPIResponse("503", ref(ApiDocumentation.SERVICE_UNAVAILABLE));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
