package vn.pakn.notify;

/** How a message reaches its recipient. */
public enum Channel {
    SMS,
    EMAIL,
    IN_APP
}
