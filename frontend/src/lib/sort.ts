/**
 * The lists' `sort` parameter, as the API takes it: a field, "-" before it for descending (the officers' lists and
 * Danh sách share it). A table header shows it as antd's sortOrder and asks for a new one on a click.
 */
export type HeaderOrder = "ascend" | "descend" | null;

/** The value when its field is one of `fields`, else undefined (a hand-edited link never breaks the page). */
export function parseSort(value: string | null, fields: readonly string[]): string | undefined {
  return value !== null && fields.includes(value.replace(/^-/, "")) ? value : undefined;
}

/** How the header of `field` shows the order `sort` (`fallback`: the order the API uses when none is asked). */
export function sortOrderOf(sort: string | undefined, field: string, fallback?: string): HeaderOrder {
  const current = sort ?? fallback;
  if (current === field) return "ascend";
  if (current === `-${field}`) return "descend";
  return null;
}

/** The order a click on a header asks for; none (the default order) when the header is unsorted or not sortable. */
export function sortParam(field: string | undefined, order: HeaderOrder | undefined, fields: readonly string[]): string | undefined {
  if (!field || !order || !fields.includes(field)) return undefined;
  return order === "descend" ? `-${field}` : field;
}
