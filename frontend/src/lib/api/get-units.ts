import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type Unit = components["schemas"]["UnitView"];
export type UnitKind = components["schemas"]["UnitKind"];

export const UNIT_KINDS: readonly UnitKind[] = [
  "PROVINCE_OFFICE",
  "CALL_CENTER",
  "DEPARTMENT",
  "DISTRICT",
  "COMMUNE",
  "CENTRAL_AGENCY",
  "MASS_ORGANISATION",
  "ENTERPRISE",
  "OTHER",
];

export async function getUnits(includeInactive: boolean) {
  return unwrap(await api.GET("/api/v1/units", { params: { query: includeInactive ? { includeInactive } : {} } }));
}

export const unitsQueryOptions = (includeInactive = false) =>
  queryOptions({ queryKey: ["units", { includeInactive }], queryFn: () => getUnits(includeInactive) });

export function useUnits(includeInactive = false) {
  return useQuery(unitsQueryOptions(includeInactive));
}
