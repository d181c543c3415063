package vn.pakn.pakn;

/** Tiến độ: against the deadline while open, and how it ended once closed. */
public enum Progress {
    NOT_DUE,
    DUE_SOON,
    OVERDUE,
    ON_TIME,
    LATE
}
