import type { ChannelStatusRow, PaknStatus, StatusCount, StatusReport, UnitStatusRow } from "../api/types";
import { STATUSES } from "./filters";

/** A row of "by channel" or "by unit": its name, its total, and its count for each status in the order of `STATUSES`. */
export type StatusRow = { key: string; name: string; total: number; counts: number[] };

function inStatusOrder(counts: Pick<StatusCount, "status" | "count">[]): number[] {
  return STATUSES.map((status) => counts.find((cell) => cell.status === status)?.count ?? 0);
}

export function channelRows(rows: ChannelStatusRow[]): StatusRow[] {
  return rows.map((row) => ({ key: String(row.channelId), name: row.channelName, total: row.total, counts: inStatusOrder(row.counts) }));
}

/** The main units' rows; the items not routed yet have no unit id (the backend names them "Chưa giao đơn vị"). */
export function unitRows(rows: UnitStatusRow[]): StatusRow[] {
  return rows.map((row) => ({ key: String(row.unitId ?? "none"), name: row.unitName, total: row.total, counts: inStatusOrder(row.counts) }));
}

/** The totals row of a table: sums of the columns. */
export function columnTotals(rows: StatusRow[]): { total: number; counts: number[] } {
  return {
    total: rows.reduce((sum, row) => sum + row.total, 0),
    counts: STATUSES.map((_, index) => rows.reduce((sum, row) => sum + row.counts[index], 0)),
  };
}

/** The backend's label of each status (in the language asked), falling back to the code. */
export function statusLabels(report: Pick<StatusReport, "byStatus">): Record<PaknStatus, string> {
  return Object.fromEntries(STATUSES.map((status) => [status, report.byStatus.find((s) => s.status === status)?.label ?? status])) as Record<
    PaknStatus,
    string
  >;
}
