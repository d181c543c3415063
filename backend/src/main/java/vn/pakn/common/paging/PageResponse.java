package vn.pakn.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code total} is exact while {@code totalExact}; otherwise it is a lower bound past the
 * counting cap (the SPA shows "10.000+"), or, when {@code totalEstimated}, the database planner's estimate (the SPA
 * shows "khoảng …"), so that no page ever counts a million rows. {@code nextCursor}, where a list offers it, asks
 * for the page after this one ({@code after=…}) at the cost of the first page, however deep; null on the last page.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total, boolean totalExact,
        boolean totalEstimated, @Schema(nullable = true) String nextCursor) {

    /** A page of a list without estimates or cursors. */
    public PageResponse(List<T> items, int page, int size, long total, boolean totalExact) {
        this(items, page, size, total, totalExact, false, null);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalExact, totalEstimated,
                nextCursor);
    }
}
