import type { ChannelStatusRow, PaknStatus, StatusReport } from "../api/types";
import { STATUSES } from "./filters";

/** A row of "by channel": the channel, its total, and its count for each status in the order of `STATUSES`. */
export type ChannelRow = { key: string; channelName: string; total: number; counts: number[] };

export function channelRows(rows: ChannelStatusRow[]): ChannelRow[] {
  return rows.map((row) => ({
    key: String(row.channelId),
    channelName: row.channelName,
    total: row.total,
    counts: STATUSES.map((status) => row.counts.find((cell) => cell.status === status)?.count ?? 0),
  }));
}

/** The totals row of "by channel": sums of the columns. */
export function channelTotals(rows: ChannelRow[]): { total: number; counts: number[] } {
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
