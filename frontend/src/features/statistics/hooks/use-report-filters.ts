import { useSearchParams } from "react-router";

import { access } from "@/lib/access";
import { useMe } from "@/lib/auth/get-me";

import { filtersFromQuery, filtersToQuery, type ListFilters, listFiltersFromQuery, scoped, type StatisticsFilters } from "../lib/filters";

/** Whose numbers the officer may see: all units, or their own unit (forced), known once `/me` has answered. */
export function useReportScope() {
  const me = useMe().data;
  const allUnits = access(me).viewStatisticsOfAllUnits;
  const forcedUnitId = me && !allUnits ? me.unit.id : undefined;
  return { ready: me !== undefined, forcedUnitId };
}

/** The report's filters live in the URL; a unit-scoped officer's unit is forced whatever the URL says. */
export function useReportFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = useReportScope();
  const filters = scoped(filtersFromQuery(searchParams), scope.forcedUnitId);
  const update = (next: StatisticsFilters) => setSearchParams(filtersToQuery(next));
  return { ...scope, filters, update };
}

export function useListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope = useReportScope();
  const filters = scoped(listFiltersFromQuery(searchParams), scope.forcedUnitId);
  const update = (next: ListFilters) => setSearchParams(filtersToQuery(next));
  return { ...scope, filters, update };
}
