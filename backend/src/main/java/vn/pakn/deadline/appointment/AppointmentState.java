package vn.pakn.deadline.appointment;

/** Where an appointment stands: waiting for the unit's leader, in force, or refused. */
public enum AppointmentState {
    PENDING("Chờ duyệt"),
    APPROVED("Đã duyệt"),
    REJECTED("Từ chối");

    private final String label;

    AppointmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
