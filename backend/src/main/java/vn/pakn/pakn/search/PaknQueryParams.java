package vn.pakn.pakn.search;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.ListChecks;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/**
 * The query parameters of both lists: q, progress, channelId, categoryId, from, to (ISO dates), status, stepId,
 * sort ("reportedAt", "-reportedAt", "title", "-title", "deadline", "-deadline", "code", "-code"), page (from 1),
 * size (1–100, default 20), after (the {@code nextCursor} of the previous page, same sort: the page after it).
 * Page numbers reach as deep as the count does (10,000 rows); deeper pages are read by cursor, so that no page
 * scans and skips more than that.
 */
public class PaknQueryParams {

    @RestQuery
    String q;
    @RestQuery
    Progress progress;
    @RestQuery
    Long channelId;
    @RestQuery
    Long categoryId;
    @RestQuery
    LocalDate from;
    @RestQuery
    LocalDate to;
    @RestQuery
    PaknStatus status;
    @RestQuery
    Long stepId;
    @RestQuery
    String sort;
    @RestQuery
    Integer page;
    @RestQuery
    Integer size;
    @RestQuery
    String after;

    public PaknQuery toQuery() {
        PaknQuery.Sort order = PaknQuery.Sort.parse(sort);
        if (order == null) {
            throw ProblemException.invalidField("sort", "pakn.sort-unknown");
        }
        int pageNumber = ListChecks.page(page);
        int pageSize = ListChecks.size(size);
        ListChecks.keyword(q);
        ListChecks.numberedDepth(pageNumber, pageSize, "pakn.page-too-deep");
        PaknQuery.Keyset keyset = after == null || after.isBlank() ? null : PaknCursor.parse(after.strip(), order)
                .orElseThrow(() -> ProblemException.invalidField("after", "pakn.cursor-invalid"));
        return new PaknQuery(q, progress, channelId, categoryId, from, to, status, stepId, order, pageNumber,
                pageSize, keyset);
    }
}
