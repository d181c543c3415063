package vn.pakn.workflow.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;

/**
 * Collects the field changes of one action into its history entry while the action sets the new values:
 * {@code p.title = changes.track(TITLE, p.title, form.title())}.
 */
public class Changes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final PaknHistory entry;
    private final ZoneId zone;

    public Changes(PaknHistory entry, ZoneId zone) {
        this.entry = entry;
        this.zone = zone;
    }

    /** Records the change when the value differs and returns the new value. */
    public <T> T track(HistoryField field, T oldValue, T newValue) {
        return track(field, oldValue, newValue, this::display);
    }

    /** As {@link #track(HistoryField, Object, Object)}, showing the values through {@code label}. */
    public <T> T track(HistoryField field, T oldValue, T newValue, Function<T, String> label) {
        if (!Objects.equals(oldValue, newValue)) {
            record(field, oldValue == null ? null : label.apply(oldValue),
                    newValue == null ? null : label.apply(newValue));
        }
        return newValue;
    }

    /** Records a row even when both values are equal (the manual shows "Quy trình: X → X" on reception). */
    public void record(HistoryField field, String oldValue, String newValue) {
        entry.changes.add(new HistoryChange(field, oldValue, newValue));
    }

    public boolean isEmpty() {
        return entry.changes.isEmpty();
    }

    private String display(Object value) {
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(zone));
        }
        if (value instanceof Boolean flag) {
            return flag ? "Có" : "Không";
        }
        return value.toString();
    }
}
