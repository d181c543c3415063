import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type CatalogEntry = components["schemas"]["CatalogEntryView"];

/** Chuyên mục and hình thức tiếp nhận: the active entries, in the administrator's order. */
export type Catalog = "categories" | "channels";

export async function getCatalog(catalog: Catalog) {
  return unwrap(await api.GET("/api/v1/{catalog}", { params: { path: { catalog } } }));
}

export const catalogQueryOptions = (catalog: Catalog) =>
  queryOptions({ queryKey: ["catalog", catalog], queryFn: () => getCatalog(catalog), staleTime: 5 * 60_000 });

export function useCatalog(catalog: Catalog) {
  return useQuery(catalogQueryOptions(catalog));
}
