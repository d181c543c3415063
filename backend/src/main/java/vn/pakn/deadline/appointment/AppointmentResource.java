package vn.pakn.deadline.appointment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import vn.pakn.common.paging.PageResponse;

/** "Phiếu hẹn xử lý" (manual 1.2). The actions themselves are under /api/v1/pakn/{id}/actions. */
@Path("/api/v1/appointments")
public class AppointmentResource {

    private final AppointmentService service;

    AppointmentResource(AppointmentService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public Uni<PageResponse<AppointmentRow>> listAppointments(@BeanParam AppointmentQueryParams params) {
        return service.list(params.toQuery());
    }
}
