import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type AppointmentView = components["schemas"]["AppointmentView"];
export type TimeUnit = components["schemas"]["TimeUnit"];

/** The appointments of one item, newest first (what a leader approves or rejects). */
export const itemAppointmentsQueryOptions = (paknId: number) =>
  queryOptions({
    queryKey: ["pakn", "appointments", paknId],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/appointments", { params: { path: { id: paknId } } })),
  });

export function useItemAppointments(paknId: number, enabled: boolean) {
  return useQuery({ ...itemAppointmentsQueryOptions(paknId), enabled });
}
