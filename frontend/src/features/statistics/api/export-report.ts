import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { fileNameOf, readWithProgress } from "../lib/download";
import { type ListFilters, type StatisticsFilters, toApiQuery, toListApiQuery } from "../lib/filters";
import type { ReportKind } from "./get-reports";

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
  const query = report === "list" ? { ...toListApiQuery(filters as ListFilters), page: undefined, size: undefined } : toApiQuery(filters);
  const result = await api.GET("/api/v1/statistics/{report}/export", {
    params: { path: { report }, query },
    parseAs: "stream",
    signal,
  });
  const body = unwrap(result) as unknown as ReadableStream<Uint8Array>;
  const blob = await readWithProgress(body, XLSX_TYPE, onProgress);
  return { blob, fileName: fileNameOf(result.response.headers.get("Content-Disposition"), `thong-ke-${report}.xlsx`) };
}
