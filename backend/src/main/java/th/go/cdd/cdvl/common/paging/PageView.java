package th.go.cdd.cdvl.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope every collection endpoint answers with. */
@Schema(description = "A page of a list.", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record PageView<T>(
        List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "50") int size,
        @Schema(examples = "77") long totalItems,
        @Schema(examples = "2") int totalPages) {

    /** A complete, unpaged list (small reference lists) in the same envelope. */
    public static <T> PageView<T> whole(List<T> items) {
        return new PageView<>(items, 0, items.size(), items.size(), 1);
    }
}
