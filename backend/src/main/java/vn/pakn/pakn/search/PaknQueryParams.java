package vn.pakn.pakn.search;

import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/**
 * The query parameters of both lists: q, progress, channelId, categoryId, from, to (ISO dates), status, stepId,
 * sort ("reportedAt", "-reportedAt", "title", "-title", "deadline", "-deadline", "code", "-code"), page (from 1),
 * size (1–100, default 20).
 */
public class PaknQueryParams {

    private static final int MAX_PAGE_SIZE = 100;

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

    public PaknQuery toQuery() {
        PaknQuery.Sort order = PaknQuery.Sort.parse(sort);
        if (order == null) {
            throw ProblemException.invalidField("sort", "pakn.sort-unknown");
        }
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? 20 : size;
        if (pageNumber < 1) {
            throw ProblemException.invalidField("page", "pakn.page-invalid");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("size", "pakn.size-invalid");
        }
        if (q != null && q.length() > 200) {
            throw ProblemException.invalidField("q", "pakn.keyword-too-long");
        }
        return new PaknQuery(q, progress, channelId, categoryId, from, to, status, stepId, order, pageNumber,
                pageSize);
    }
}
