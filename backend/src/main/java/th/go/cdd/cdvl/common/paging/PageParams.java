package th.go.cdd.cdvl.common.paging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;

/** {@code page}, {@code size} (at most 200) and {@code sort} of every list, as query parameters. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Page number, from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Page size, 1 to 200", example = "50")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated sort fields; a leading '-' sorts descending, e.g. `-updatedAt,name`")
    public String sort;

    public Page panachePage() {
        return Page.of(page, size);
    }

    /**
     * The requested order, translated from API field names to entity paths. An unknown field is
     * the caller's mistake, answered 400 rather than silently ignored. {@code tieBreaker} keeps
     * paging stable when sort values repeat.
     */
    public Sort sort(Map<String, String> allowed, String defaultSort, String tieBreaker) {
        Sort result = null;
        for (SortKey key : sortKeys(allowed, defaultSort)) {
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(key.path(), direction) : result.and(key.path(), direction);
        }
        return result.and(tieBreaker);
    }

    /**
     * The same order as an SQL {@code order by} list, for lists read with plain SQL: {@code allowed}
     * maps API field names to column expressions, so only those ever reach the SQL text.
     */
    public String orderBy(Map<String, String> allowed, String defaultSort, String tieBreaker) {
        StringBuilder orderBy = new StringBuilder();
        for (SortKey key : sortKeys(allowed, defaultSort)) {
            orderBy.append(key.path()).append(key.descending() ? " desc, " : ", ");
        }
        return orderBy.append(tieBreaker).toString();
    }

    private record SortKey(String path, boolean descending) {
    }

    private List<SortKey> sortKeys(Map<String, String> allowed, String defaultSort) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String part : requested.split(",", -1)) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String path = allowed.get(name);
            if (path == null) {
                throw ProblemException.badRequest("request.sort.unknown",
                        "Cannot sort by '" + name + "'; allowed: " + String.join(", ", allowed.keySet().stream().sorted().toList()) + ".",
                        new Problem.FieldError("sort", "request.sort.unknown", "unknown sort field " + name));
            }
            keys.add(new SortKey(path, descending));
        }
        return keys;
    }

    public <T> PageView<T> view(List<T> items, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
