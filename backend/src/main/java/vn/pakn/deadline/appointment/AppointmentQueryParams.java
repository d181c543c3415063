package vn.pakn.deadline.appointment;

import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.ListChecks;

/** The query of "Phiếu hẹn xử lý": q (title or code), state, page (from 1), size (1–100, default 20). */
public class AppointmentQueryParams {

    @RestQuery
    String q;
    @RestQuery
    String state;
    @RestQuery
    Integer page;
    @RestQuery
    Integer size;

    /** The checked query. */
    public record Query(String keyword, AppointmentState state, int page, int size) {
    }

    Query toQuery() {
        int pageNumber = ListChecks.page(page);
        int pageSize = ListChecks.size(size);
        String keyword = ListChecks.keyword(q);
        return new Query(keyword == null || keyword.isBlank() ? null : keyword.strip(), state(), pageNumber, pageSize);
    }

    private AppointmentState state() {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return AppointmentState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "appointment.state-unknown");
        }
    }
}
