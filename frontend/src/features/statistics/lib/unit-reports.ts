import type { UnitReportKind } from "../api/get-reports";
import { ANONYMOUS, DISCLOSED, EXTENDED, NEGATIVE, NEUTRAL, POSITIVE } from "./parts";

/** A row of Định danh, Đánh giá or Tiến độ: a unit (or "Chưa giao đơn vị"), its total and its parts. */
export type ShareRow = { unitId?: number | null; unitName: string; total: number; [field: string]: unknown };

/** One part of a per-unit report: its count field, its share field, its header and colour. */
export type SharePart = { count: string; percent: string; labelKey: string; color: string };

export type UnitReportConfig = { countsKey: string; parts: SharePart[] };

/** The manual's tables: Tổng, then the counts, then the shares ("Tỷ lệ"). */
export const UNIT_REPORTS: Record<UnitReportKind, UnitReportConfig> = {
  identity: {
    countsKey: "statistics.groups.identity",
    parts: [
      { count: "disclosed", percent: "disclosedPercent", labelKey: "statistics.parts.disclosed", color: DISCLOSED },
      { count: "anonymous", percent: "anonymousPercent", labelKey: "statistics.parts.anonymous", color: ANONYMOUS },
    ],
  },
  rating: {
    countsKey: "statistics.groups.rating",
    parts: [
      { count: "satisfied", percent: "satisfiedPercent", labelKey: "statistics.parts.satisfied", color: POSITIVE },
      { count: "neutral", percent: "neutralPercent", labelKey: "statistics.parts.neutral", color: NEUTRAL },
      { count: "dissatisfied", percent: "dissatisfiedPercent", labelKey: "statistics.parts.dissatisfied", color: NEGATIVE },
    ],
  },
  progress: {
    countsKey: "statistics.groups.progress",
    parts: [
      { count: "onTime", percent: "onTimePercent", labelKey: "statistics.parts.onTime", color: POSITIVE },
      { count: "late", percent: "latePercent", labelKey: "statistics.parts.late", color: NEGATIVE },
      { count: "extended", percent: "extendedPercent", labelKey: "statistics.parts.extended", color: EXTENDED },
    ],
  },
};

export const numberOf = (row: ShareRow, field: string): number => {
  const value = row[field];
  return typeof value === "number" ? value : 0;
};

/** The table's client-side sort: numbers as numbers, unit names in Vietnamese order. */
export function compareBy(field: string): (a: ShareRow, b: ShareRow) => number {
  if (field === "unitName") return (a, b) => a.unitName.localeCompare(b.unitName, "vi");
  return (a, b) => numberOf(a, field) - numberOf(b, field);
}
