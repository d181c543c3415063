package vn.pakn.pakn.search;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the lists: Tiêu đề, Chuyên mục, Ngày phản ánh, Địa điểm, Công việc (the step), Trạng thái, Tiến độ. */
public record PaknRow(long id, String code, String title, String categoryName, Instant reportedAt, String location,
        String task, String status, @Schema(nullable = true) String progress, @Schema(nullable = true) Instant deadline) {
}
