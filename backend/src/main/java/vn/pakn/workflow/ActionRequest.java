package vn.pakn.workflow;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/v1/pakn/{id}/actions/{action}}; each action reads the fields it needs.
 *
 * @param comment the opinion (Bình luận) sent with the action; required by {@code comment}
 * @param notifyNext "Gửi tin nhắn cho cán bộ kế tiếp": recorded in the history, delivered by notifications
 * @param mainUnitId route, reroute, coordinate: the main handling unit (Xử lý chính)
 * @param coordinatingUnitIds route, reroute, coordinate: the coordinating units (Xử lý phối hợp)
 * @param reason return-to-operator: why
 * @param resultUnitId update-result: the responding unit (Đơn vị trả lời)
 * @param resultContent update-result: the answer (Nội dung)
 * @param resultPublic update-result: whether the answer may be published (Công khai)
 */
public record ActionRequest(
        @Size(max = 4000) String comment,
        boolean notifyNext,
        Long mainUnitId,
        @Size(max = 20) List<Long> coordinatingUnitIds,
        ReturnReason reason,
        Long resultUnitId,
        @Size(max = 20000) String resultContent,
        boolean resultPublic) {

    public static final ActionRequest EMPTY = new ActionRequest(null, false, null, null, null, null, null, false);

    /** An action whose own request carries its fields; {@code comment} goes into the history row. */
    public static ActionRequest commented(String comment, boolean notifyNext) {
        return new ActionRequest(comment, notifyNext, null, null, null, null, null, false);
    }

    List<Long> coordinators() {
        return coordinatingUnitIds == null ? List.of() : coordinatingUnitIds.stream().distinct().toList();
    }
}
