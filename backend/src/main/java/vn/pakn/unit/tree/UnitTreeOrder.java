package vn.pakn.unit.tree;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.unit.Unit;

/**
 * Orders units so that every parent comes before its children (depth first), siblings by kind (in the order of
 * {@link vn.pakn.unit.UnitKind}, which is how the province lists them), then by name in Vietnamese order.
 */
final class UnitTreeOrder {

    private UnitTreeOrder() {
    }

    static List<Unit> sort(List<Unit> units) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Comparator<Unit> siblings = Comparator.<Unit>comparingInt(u -> u.kind.ordinal())
                .thenComparing(u -> u.name, vietnamese)
                .thenComparing(u -> u.id);
        Set<Long> ids = units.stream().map(u -> u.id).collect(Collectors.toSet());
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.parentId == null || !ids.contains(unit.parentId)) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId, k -> new ArrayList<>()).add(unit);
            }
        }
        List<Unit> ordered = new ArrayList<>(units.size());
        roots.sort(siblings);
        for (Unit root : roots) {
            visit(root, children, siblings, ordered);
        }
        return ordered;
    }

    private static void visit(Unit unit, Map<Long, List<Unit>> children, Comparator<Unit> siblings,
            List<Unit> ordered) {
        ordered.add(unit);
        List<Unit> below = children.get(unit.id);
        if (below != null) {
            below.sort(siblings);
            for (Unit child : below) {
                visit(child, children, siblings, ordered);
            }
        }
    }
}
