package vn.pakn.workflow.history;

/** One field of a history entry: Trường, Giá trị cũ, Giá trị mới (values as shown to people). */
public record HistoryChange(HistoryField field, String oldValue, String newValue) {
}
