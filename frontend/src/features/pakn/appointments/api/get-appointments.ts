import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

import type { AppointmentFilters } from "../lib/appointment-filters";

export type AppointmentRow = components["schemas"]["AppointmentRow"];

/** "Phiếu hẹn xử lý": my unit's slips (operators and the provincial office: every unit's). */
export const appointmentsQueryOptions = (filters: AppointmentFilters) =>
  queryOptions({
    queryKey: ["pakn", "appointment-list", filters],
    queryFn: async () => unwrap(await api.GET("/api/v1/appointments", { params: { query: { ...filters, q: filters.q || undefined } } })),
    placeholderData: keepPreviousData,
  });

export function useAppointments(filters: AppointmentFilters) {
  return useQuery(appointmentsQueryOptions(filters));
}
