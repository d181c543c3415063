import dayjs, { type Dayjs } from "dayjs";

import { TIME_ZONE } from "@/lib/format-date";
import { DAY, oneOf, positiveInt } from "@/lib/query-params";
import { type HeaderOrder, parseSort, sortOrderOf as sharedSortOrderOf, sortParam } from "@/lib/sort";

import type { PaknStatus, Progress } from "../api/types";

export const STATUSES: readonly PaknStatus[] = ["AWAITING_RECEPTION", "WAITING", "IN_PROGRESS", "APPOINTED", "COMPLETED"];
export const PROGRESSES: readonly Progress[] = ["NOT_DUE", "DUE_SOON", "OVERDUE", "ON_TIME", "LATE"];
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
/** The columns Danh sách sorts on the server; "-" before one is descending. Newest first when none is asked. */
export const LIST_SORT_FIELDS = ["reportedAt", "title", "deadline"] as const;
export type ListSortField = (typeof LIST_SORT_FIELDS)[number];

/** The filters every report takes: the period (on Ngày phản ánh, inclusive), unit, category and channel. */
export type StatisticsFilters = {
  from: string;
  to: string;
  unitId?: number;
  categoryId?: number;
  channelId?: number;
};

/** Danh sách adds status, progress, the order and paging (1-based on screen, in the URL and in the API). */
export type ListFilters = StatisticsFilters & {
  status?: PaknStatus;
  progress?: Progress;
  sort?: string;
  page: number;
  size: number;
};

const isDay = (value: string | null): value is string => value !== null && DAY.test(value) && dayjs(value).isValid();

/** The default period, as the backend's: the current year so far, in the province's calendar. */
export function defaultPeriod(now: Dayjs = dayjs()): { from: string; to: string } {
  const today = now.tz(TIME_ZONE);
  return { from: today.startOf("year").format("YYYY-MM-DD"), to: today.format("YYYY-MM-DD") };
}

/** Reads the filters from the URL; anything malformed, or a period ending before it starts, falls back to the default. */
export function filtersFromQuery(params: URLSearchParams, now?: Dayjs): StatisticsFilters {
  const from = params.get("from");
  const to = params.get("to");
  const period = isDay(from) && isDay(to) && from <= to ? { from, to } : defaultPeriod(now);
  return {
    ...period,
    unitId: positiveInt(params.get("unitId")),
    categoryId: positiveInt(params.get("categoryId")),
    channelId: positiveInt(params.get("channelId")),
  };
}

export function listFiltersFromQuery(params: URLSearchParams, now?: Dayjs): ListFilters {
  const size = positiveInt(params.get("size"));
  return {
    ...filtersFromQuery(params, now),
    status: oneOf(params.get("status"), STATUSES),
    progress: oneOf(params.get("progress"), PROGRESSES),
    sort: parseSort(params.get("sort"), LIST_SORT_FIELDS),
    page: positiveInt(params.get("page")) ?? 1,
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query of the filters: no empty values, no defaults (so a bookmarked page follows the current year). */
export function filtersToQuery(filters: StatisticsFilters | ListFilters, now?: Dayjs): URLSearchParams {
  const params = new URLSearchParams();
  const { page, size, ...rest } = filters as Partial<ListFilters> & StatisticsFilters;
  const period = defaultPeriod(now);
  const isDefaultPeriod = rest.from === period.from && rest.to === period.to;
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null || value === "") continue;
    if (isDefaultPeriod && (key === "from" || key === "to")) continue;
    params.set(key, String(value));
  }
  if (page !== undefined && page !== 1) params.set("page", String(page));
  if (size !== undefined && size !== DEFAULT_PAGE_SIZE) params.set("size", String(size));
  return params;
}

/** A leader or specialist sees their own unit only: whatever the URL says, the unit is theirs. */
export function scoped<F extends StatisticsFilters>(filters: F, forcedUnitId: number | undefined): F {
  return forcedUnitId === undefined ? filters : { ...filters, unitId: forcedUnitId };
}

/** The API query of the report filters. */
export function toApiQuery({ from, to, unitId, categoryId, channelId }: StatisticsFilters) {
  return { from, to, unitId, categoryId, channelId };
}

/** The API query of Danh sách. */
export function toListApiQuery(filters: ListFilters) {
  const { status, progress, sort, page, size } = filters;
  return { ...toApiQuery(filters), status, progress, sort, page, size };
}

/** How a column shows the current order (antd's sortOrder). */
export function sortOrderOf(sort: string | undefined, field: ListSortField): HeaderOrder {
  return sharedSortOrderOf(sort, field);
}

/** The order a click on a column header asks for; none (the default order) when the column is unsorted again. */
export function sortFrom(field: string | undefined, order: HeaderOrder | undefined): string | undefined {
  return sortParam(field, order, LIST_SORT_FIELDS);
}
