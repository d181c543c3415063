import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { CALENDAR_KEY } from "./get-calendar";
import type { ScheduleRequest } from "../lib/schedule-form";

/** Creates a weekly schedule (no `id`) or replaces one. */
export function useSaveSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: ScheduleRequest }) =>
      id === undefined
        ? unwrap(await api.POST("/api/v1/admin/calendar/schedules", { body }))
        : unwrap(await api.PUT("/api/v1/admin/calendar/schedules/{id}", { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}

export function useDeleteSchedule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE("/api/v1/admin/calendar/schedules/{id}", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}
