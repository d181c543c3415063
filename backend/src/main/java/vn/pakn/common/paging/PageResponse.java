package vn.pakn.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code total} is exact while {@code totalExact}; past the counting cap it is a lower bound
 * (the SPA shows "10.000+"), so that no page ever counts a million rows.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
