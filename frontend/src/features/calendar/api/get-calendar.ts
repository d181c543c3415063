import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

export const CALENDAR_KEY = ["calendar"] as const;

export async function getCalendar() {
  return unwrap(await api.GET("/api/v1/calendar"));
}

export const calendarQueryOptions = () => queryOptions({ queryKey: CALENDAR_KEY, queryFn: getCalendar });

export function useCalendar() {
  return useQuery(calendarQueryOptions());
}
