package vn.pakn.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields an edit changed, as audit details: {@code {"name": {"from": "…", "to": "…"}}}. */
public final class Changes {

    private final Map<String, Object> changed = new LinkedHashMap<>();

    public Changes field(String name, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changed.put(name, change);
        }
        return this;
    }

    public boolean has(String name) {
        return changed.containsKey(name);
    }

    public Map<String, Object> details() {
        return changed;
    }
}
