import type { components } from "@/lib/api/schema";
import { DAY, oneOf, positiveInt } from "@/lib/query-params";
import { type HeaderOrder, parseSort, sortOrderOf as sharedSortOrderOf, sortParam as sharedSortParam } from "@/lib/sort";

export type Progress = components["schemas"]["Progress"];
export type PaknStatus = components["schemas"]["PaknStatus"];

export const PROGRESSES: readonly Progress[] = ["NOT_DUE", "DUE_SOON", "OVERDUE", "ON_TIME", "LATE"];
export const STATUSES: readonly PaknStatus[] = ["AWAITING_RECEPTION", "WAITING", "IN_PROGRESS", "APPOINTED", "COMPLETED"];
export const SORT_FIELDS = ["reportedAt", "title", "deadline", "code"] as const;
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** The search form of the lists, as the URL keeps it and the API takes it (page 1-based). */
export type PaknFilters = {
  q?: string;
  progress?: Progress;
  channelId?: number;
  categoryId?: number;
  from?: string;
  to?: string;
  status?: PaknStatus;
  stepId?: number;
  sort?: string;
  page: number;
  size: number;
};

/** Reads the filters from a URL query; anything malformed is dropped, so a hand-edited link never breaks the page. */
export function filtersFromQuery(params: URLSearchParams): PaknFilters {
  const q = params.get("q")?.trim();
  const from = params.get("from");
  const to = params.get("to");
  const sort = params.get("sort");
  const size = positiveInt(params.get("size"));
  return {
    q: q ? q.slice(0, 200) : undefined,
    progress: oneOf(params.get("progress"), PROGRESSES),
    channelId: positiveInt(params.get("channelId")),
    categoryId: positiveInt(params.get("categoryId")),
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    status: oneOf(params.get("status"), STATUSES),
    stepId: positiveInt(params.get("stepId")),
    sort: parseSort(sort, SORT_FIELDS),
    page: positiveInt(params.get("page")) ?? 1,
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query of the filters, without empty values and defaults, in a stable order. */
export function filtersToQuery(filters: PaknFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { page, size, ...rest } = filters;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  if (page !== 1) params.set("page", String(page));
  if (size !== DEFAULT_PAGE_SIZE) params.set("size", String(size));
  return params;
}

/** The API query of the filters (undefined values are left out by the client). */
export function toApiQuery(filters: PaknFilters) {
  return { ...filters, q: filters.q || undefined };
}

/**
 * "10.000+" when the backend stopped counting, "≈ 5.929" when it reports the database's estimate (keyword searches
 * matching thousands); the exact total otherwise, with Vietnamese digit grouping.
 */
export function formatTotal(total: number, exact: boolean, locale = "vi-VN", estimated = false): string {
  const number = new Intl.NumberFormat(locale).format(total);
  if (exact) return number;
  return estimated ? `≈ ${number}` : `${number}+`;
}


/** The antd table's sort order of the `sort` parameter (newest first when none), and back. */
export function sortOrderOf(sort: string | undefined, field: string): HeaderOrder {
  return sharedSortOrderOf(sort, field, "-reportedAt");
}

export function sortParam(field: string | undefined, order: HeaderOrder | undefined): string | undefined {
  return sharedSortParam(field, order, SORT_FIELDS);
}
