import { queryOptions, useQuery } from "@tanstack/react-query";

import { etagOf } from "@/features/pakn/workflow/lib/conflict";
import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type PaknDetail = components["schemas"]["PaknDetail"];

/** The detail with the ETag every write on it must send back in If-Match. */
export type VersionedPakn = { detail: PaknDetail; etag: string };

export async function getPakn(id: number): Promise<VersionedPakn> {
  const result = await api.GET("/api/v1/pakn/{id}", { params: { path: { id } } });
  const detail = unwrap(result);
  return { detail, etag: etagOf(result.response, detail.version) };
}

export const paknQueryKey = (id: number) => ["pakn", "detail", id] as const;

export const paknQueryOptions = (id: number) => queryOptions({ queryKey: paknQueryKey(id), queryFn: () => getPakn(id) });

export function usePakn(id: number) {
  return useQuery(paknQueryOptions(id));
}
