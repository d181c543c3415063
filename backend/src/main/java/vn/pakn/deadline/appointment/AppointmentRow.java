package vn.pakn.deadline.appointment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A row of "Phiếu hẹn xử lý" (manual 1.2): Tiêu đề, Chuyên mục, Ngày phản ánh, Địa điểm phản ánh, Công việc (the
 * item's step), Trạng thái (the item's status) and Đến ngày ({@code dueAt}, the appointed deadline), plus the slip's
 * own state.
 */
public record AppointmentRow(long id, long paknId, String code, String title, String category, Instant reportedAt,
        @Schema(nullable = true) String locationText, String task, String status, String statusLabel,
        AppointmentState state, String stateLabel, Instant dueAt, Instant oldDeadline, String reason,
        String requestedBy, Instant createdAt) {
}
