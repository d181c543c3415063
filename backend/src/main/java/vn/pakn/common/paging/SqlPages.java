package vn.pakn.common.paging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Pages of plain SQL on the reactive pool, with the total counted only up to {@link #COUNT_CAP}. */
public final class SqlPages {

    public static final int COUNT_CAP = 10_000;

    private SqlPages() {
    }

    /**
     * @param select the rows, ordered, without limit/offset; its parameters are {@code $1…$n} of {@code params}
     * @param countFrom the same rows for counting, e.g. {@code select 1 from t where a = $1}
     */
    public static <T> Uni<PageResponse<T>> page(Pool pool, String select, String countFrom, Tuple params, int page,
            int size, Function<Row, T> mapper) {
        int n = params.size();
        Tuple pageParams = Tuple.tuple();
        for (int i = 0; i < n; i++) {
            pageParams.addValue(params.getValue(i));
        }
        pageParams.addValue(size).addValue((long) page * size);
        return pool.preparedQuery(select + " limit $" + (n + 1) + " offset $" + (n + 2)).execute(pageParams)
                .flatMap(rows -> pool.preparedQuery("select count(*) from (" + countFrom + " limit "
                        + (COUNT_CAP + 1) + ") capped").execute(params)
                        .map(count -> {
                            long total = count.iterator().next().getLong(0);
                            return new PageResponse<>(list(rows, mapper), page, size, Math.min(total, COUNT_CAP),
                                    total <= COUNT_CAP);
                        }));
    }

    public static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(mapper.apply(row)));
        return items;
    }
}
