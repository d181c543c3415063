import type { components } from "@/lib/api/schema";
import { formatDate } from "@/lib/format-date";

export type HistoryEntry = components["schemas"]["HistoryEntryView"];

/** Who the manual shows for a change nobody made by hand (a deadline passing, an automatic step). */
export const SYSTEM_ACTOR = "Task AutoComplete System";

export type HistoryRow = { key: string; label: string; oldValue: string; newValue: string };

/** "{actor} đã thay đổi - 08/03/2021 07:38:52", as the manual's Lịch sử. */
export function historyHeading(entry: HistoryEntry, changed: string): string {
  const actor = entry.actorId == null || !entry.actorLabel ? SYSTEM_ACTOR : entry.actorLabel;
  return `${actor} ${changed} - ${formatDate(entry.occurredAt, "dateTimeSeconds")}`;
}

/** The rows Trường / Giá trị cũ / Giá trị mới of an entry; an empty value shows as `empty`. */
export function historyRows(entry: HistoryEntry, empty = ""): HistoryRow[] {
  return entry.changes.map((change, index) => ({
    key: `${change.field}-${index}`,
    label: change.label,
    oldValue: change.oldValue || empty,
    newValue: change.newValue || empty,
  }));
}

export type HistoryOrder = "newest" | "oldest";

/** Newest first (what an officer looks for), or oldest first as the manual's Lịch sử reads. */
export function inOrder(entries: readonly HistoryEntry[], order: HistoryOrder): HistoryEntry[] {
  const sign = order === "newest" ? -1 : 1;
  return [...entries].sort((a, b) => sign * (a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id));
}
