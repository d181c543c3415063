import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

import { type PaknFilters, toApiQuery } from "../lib/filters";

export type PaknRow = components["schemas"]["PaknRow"];

/** "Xử lý phản ánh" (what my unit or I must act on now) or "Tất cả phản ánh". */
export type PaknListKind = "inbox" | "all";

export async function getPaknList(kind: PaknListKind, filters: PaknFilters) {
  const query = toApiQuery(filters);
  return unwrap(
    kind === "inbox"
      ? await api.GET("/api/v1/pakn/inbox", { params: { query } })
      : await api.GET("/api/v1/pakn", { params: { query } }),
  );
}

export const paknListQueryOptions = (kind: PaknListKind, filters: PaknFilters) =>
  queryOptions({
    queryKey: ["pakn", "list", kind, filters],
    queryFn: () => getPaknList(kind, filters),
    placeholderData: keepPreviousData,
  });

export function usePaknList(kind: PaknListKind, filters: PaknFilters) {
  return useQuery(paknListQueryOptions(kind, filters));
}
