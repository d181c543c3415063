import type { components } from "@/lib/api/schema";

type Unit = components["schemas"]["UnitView"];

export type UnitNode = Unit & { children?: UnitNode[] };

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, "vi");

/** The flat list of units as a tree by `parentId`; a unit whose parent is not in the list becomes a root. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = new Map<number | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (parent: number | null): UnitNode[] =>
    (childrenOf.get(parent) ?? []).sort(byName).map((unit) => {
      const children = build(unit.id);
      return children.length > 0 ? { ...unit, children } : { ...unit };
    });
  return build(null);
}

/** The ids of a unit and everything under it: a unit cannot be moved under itself. */
export function subtreeIds(units: readonly Unit[], rootId: number): Set<number> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Case- and diacritics-insensitive text for matching: "so tai nguyen" finds "Sở Tài nguyên". */
export function searchable(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}
