package vn.pakn.pakn;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What an operator writes when taking in a PAKN (hotline, e-mail, walk-in) and when editing it (Chỉnh sửa). */
public record PaknForm(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 20000) String content,
        @NotNull Long categoryId,
        @NotNull Long channelId,
        @Size(max = 200) String requestType,
        @PastOrPresent Instant occurredAt,
        @PastOrPresent Instant reportedAt,
        @Size(max = 500) String locationText,
        @Size(max = 300) String area,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 200) String reporterName,
        @Size(max = 20) String reporterPhone,
        @Size(max = 20) String reporterIdNumber,
        ReporterKind reporterKind,
        @Size(max = 500) String reporterAddress,
        @Email @Size(max = 254) String reporterEmail,
        boolean identityDisclosed,
        boolean published,
        Long reportedUnitId) {
}
