import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { CALENDAR_KEY } from "./get-calendar";
import type { CalendarDay } from "../lib/schedule-form";

/** Public holidays (ngày nghỉ lễ) and compensatory working days (ngày làm bù). */
export type DayKind = "holiday" | "compensatory";

async function addDay(kind: DayKind, day: CalendarDay) {
  return kind === "holiday"
    ? unwrap(await api.POST("/api/v1/admin/calendar/holidays", { body: day }))
    : unwrap(await api.POST("/api/v1/admin/calendar/compensatory-days", { body: day }));
}

async function removeDay(kind: DayKind, day: string) {
  const params = { params: { path: { day } } };
  return kind === "holiday"
    ? unwrap(await api.DELETE("/api/v1/admin/calendar/holidays/{day}", params))
    : unwrap(await api.DELETE("/api/v1/admin/calendar/compensatory-days/{day}", params));
}

export function useAddDay(kind: DayKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (day: CalendarDay) => addDay(kind, day),
    onSuccess: () => client.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}

export function useRemoveDay(kind: DayKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (day: string) => removeDay(kind, day),
    onSuccess: () => client.invalidateQueries({ queryKey: CALENDAR_KEY }),
  });
}
