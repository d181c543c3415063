package vn.pakn.statistics;

import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.pakn.PaknStatus;
import vn.pakn.pakn.Progress;

/** The list report's own parameters: status, progress, page (from 0), size (1–200, default 50). */
public class ListParams {

    private static final int MAX_SIZE = 200;

    @RestQuery
    PaknStatus status;
    @RestQuery
    Progress progress;
    @RestQuery
    Integer page;
    @RestQuery
    Integer size;

    ListQuery toQuery(ReportFilter filter) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? 50 : size;
        if (pageNumber < 0) {
            throw ProblemException.invalidField("page", "statistics.page-invalid");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.invalidField("size", "statistics.size-invalid");
        }
        return new ListQuery(filter, status, progress, pageNumber, pageSize);
    }
}
