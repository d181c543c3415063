import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { fileNameOf, readWithProgress } from "../lib/download";
import { type ListFilters, type StatisticsFilters, toApiQuery, toListApiQuery } from "../lib/filters";
import type { ReportKind } from "./get-reports";

/** The list's filters without paging: the file holds every row the filters select. */
function listExportQuery(filters: ListFilters) {
  const { page: _page, size: _size, ...query } = toListApiQuery(filters);
  return query;
}

/** One endpoint per report: the typed client knows each path on its own. */
async function request(report: ReportKind, filters: StatisticsFilters | ListFilters, signal: AbortSignal) {
  const options = { params: { query: toApiQuery(filters) }, parseAs: "stream", signal } as const;
  switch (report) {
    case "status":
      return api.GET("/api/v1/statistics/status/export", options);
    case "list":
      return api.GET("/api/v1/statistics/list/export", { ...options, params: { query: listExportQuery(filters as ListFilters) } });
    case "identity":
      return api.GET("/api/v1/statistics/identity/export", options);
    case "rating":
      return api.GET("/api/v1/statistics/rating/export", options);
    case "progress":
      return api.GET("/api/v1/statistics/progress/export", options);
  }
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * "Xuất Excel": the report's table as .xlsx, through the API client (the access token is not a cookie). The body is
 * streamed without Content-Length; `onProgress` gets the bytes received so far, `signal` cancels.
 */
export async function exportReport(
  report: ReportKind,
  filters: StatisticsFilters | ListFilters,
  signal: AbortSignal,
  onProgress: (bytes: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const result = await request(report, filters, signal);
  const body = unwrap(result) as unknown as ReadableStream<Uint8Array>;
  const blob = await readWithProgress(body, XLSX_TYPE, onProgress);
  return { blob, fileName: fileNameOf(result.response.headers.get("Content-Disposition"), `thong-ke-${report}.xlsx`) };
}
