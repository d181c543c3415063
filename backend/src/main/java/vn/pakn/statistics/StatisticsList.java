package vn.pakn.statistics;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.pakn.common.paging.PageResponse;

/**
 * The list report's page. Its total is exact and free: the rollup counts the same filters (status included);
 * only a filter on progress, which the rollup does not keep, counts the rows, up to {@link #COUNT_CAP}.
 */
@ApplicationScoped
public class StatisticsList {

    static final long COUNT_CAP = 10_000;

    private final ListRepository repository;
    private final StatisticsService statistics;

    StatisticsList(ListRepository repository, StatisticsService statistics) {
        this.repository = repository;
        this.statistics = statistics;
    }

    Uni<PageResponse<ListRow>> page(ListQuery query, boolean seesHiddenReporters) {
        Uni<Long> total = query.progress() == null ? statistics.count(query.filter(), query.status())
                : repository.count(query, COUNT_CAP + 1);
        return Uni.combine().all().unis(repository.page(query, seesHiddenReporters), total).asTuple()
                .map(r -> {
                    boolean exact = query.progress() == null || r.getItem2() <= COUNT_CAP;
                    return new PageResponse<>(r.getItem1(), query.page(), query.size(),
                            exact ? r.getItem2() : COUNT_CAP, exact);
                });
    }
}
