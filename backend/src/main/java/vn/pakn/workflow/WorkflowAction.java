package vn.pakn.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The actions an officer can take on a PAKN. Which step, role and unit may take each is process data
 * (process_transition); what each does to the record is code ({@link ActionEffects}).
 */
public enum WorkflowAction {
    CREATE("create", "Tạo phản ánh"),
    EDIT("edit", "Chỉnh sửa"),
    RECEIVE("receive", "Tiếp nhận"),
    ROUTE("route", "Chuyển xử lý"),
    REROUTE("reroute", "Chuyển xử lý lại"),
    COORDINATE("coordinate", "Phối hợp xử lý"),
    RETURN_TO_OPERATOR("return-to-operator", "Chuyển nhân viên trực"),
    RETURN_RESULT("return-result", "Trả kết quả"),
    CLAIM("claim", "Nhận xử lý"),
    RELEASE("release", "Bỏ nhận xử lý"),
    UPDATE_RESULT("update-result", "Cập nhật kết quả"),
    APPROVE_RESULT("approve-result", "Phê duyệt kết quả"),
    COMMENT("comment", "Ý kiến xử lý"),
    COMPLETE("complete", "Xác nhận hoàn thành"),
    PUBLISH("publish", "Công khai"),
    UNPUBLISH("unpublish", "Bỏ công khai"),
    APPOINT("appoint", "Hẹn xử lý"),
    APPROVE_APPOINTMENT("approve-appointment", "Duyệt hẹn xử lý"),
    REJECT_APPOINTMENT("reject-appointment", "Từ chối hẹn xử lý"),
    /** A file attached to the item, to itself or to what an action did (pakn.attachment): no transition. */
    ATTACH("attach", "Đính kèm tập tin"),
    /** A file its uploader took back (pakn.attachment): no transition. */
    DETACH("detach", "Gỡ tập tin"),
    /** Taken by the system alone (deadline.sweep): no process transition lets an officer take it. */
    ESCALATE("escalate", "Tự động chuyển cấp trên"),
    /** Taken by a citizen through the portal (rating): no process transition lets an officer take it. */
    RATE("rate", "Đánh giá");

    private final String code;
    private final String label;

    WorkflowAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkflowAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
