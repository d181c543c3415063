package vn.pakn.deadline.appointment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.pakn.deadline.CalendarService.TimeUnit;

/**
 * The dialog "Hẹn xử lý" (manual 1.1.5). Files (Tập tin đính kèm) are uploaded to the item's attachments with
 * purpose APPOINTMENT.
 *
 * @param amount Loại gia hạn: how much working time is added to the deadline
 * @param unit Loại thời gian of the extension
 * @param reminderAmount Thời gian nhắc hạn: how long before the new deadline the handler is reminded
 * @param reminderUnit Loại thời gian of the reminder
 * @param reason Lý do hạn
 * @param reminderText Nội dung nhắc hạn (null: the default text)
 * @param notifyNext "Gửi tin nhắn cho cán bộ kế tiếp", as with every action
 */
public record AppointmentRequest(
        @NotNull @Min(1) @Max(999) Integer amount,
        @NotNull TimeUnit unit,
        @NotNull @Min(1) @Max(999) Integer reminderAmount,
        @NotNull TimeUnit reminderUnit,
        @NotBlank @Size(max = 4000) String reason,
        @Schema(nullable = true) @Size(max = 500) String reminderText,
        boolean notifyNext) {
}
