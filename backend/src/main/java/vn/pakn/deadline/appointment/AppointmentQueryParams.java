package vn.pakn.deadline.appointment;

import org.jboss.resteasy.reactive.RestQuery;
import vn.pakn.common.error.ProblemException;

/** The query of "Phiếu hẹn xử lý": q (title or code), state, page (from 1), size (1–100, default 20). */
public class AppointmentQueryParams {

    private static final int MAX_PAGE_SIZE = 100;

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
        return new Query(q == null || q.isBlank() ? null : q.strip(), state(), pageNumber, pageSize);
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
