package vn.pakn.statistics;

import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.ListChecks;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;
import vn.pakn.pakn.search.PaknQuery;

/**
 * The list report's own parameters: status, progress, sort (as the officers' lists: "reportedAt", "-reportedAt",
 * "title", "deadline", "code", each with "-" for descending; newest first by default), page (from 1), size (1–100,
 * default 20; pages reach the first 10,000 rows: deeper, the Excel export).
 */
public class ListParams {

    @RestQuery
    PaknStatus status;
    @RestQuery
    Progress progress;
    @RestQuery
    String sort;
    @RestQuery
    Integer page;
    @RestQuery
    Integer size;

    ListQuery toQuery(ReportFilter filter) {
        PaknQuery.Sort order = PaknQuery.Sort.parse(sort);
        if (order == null) {
            throw ProblemException.invalidField("sort", "pakn.sort-unknown");
        }
        int pageNumber = ListChecks.page(page);
        int pageSize = ListChecks.size(size);
        ListChecks.numberedDepth(pageNumber, pageSize, "statistics.page-too-deep");
        return new ListQuery(filter, status, progress, order, pageNumber, pageSize);
    }
}
