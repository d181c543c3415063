import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { extensionStart, validAmount } from "../lib/appointment";
import type { TimeUnit } from "./appointments";

/** When `amount` working `unit`s after `from` end, by the backend's working calendar. */
export async function getDeadline(from: string, amount: number, unit: TimeUnit) {
  return unwrap(await api.GET("/api/v1/calendar/deadline", { params: { query: { from, amount, unit } } })).deadline;
}

// Under "calendar", so that a change of the working calendar drops these too. The start is taken at fetch time
// because, for a deadline already passed, it is "now".
export const deadlinePreviewQueryOptions = (deadline: string, amount: number, unit: TimeUnit) =>
  queryOptions({
    queryKey: ["calendar", "deadline-preview", deadline, amount, unit],
    queryFn: () => getDeadline(extensionStart(deadline, new Date()), amount, unit),
  });

/** The deadline an appointment of `amount` `unit`s on an item due at `deadline` would set; idle without both. */
export function useDeadlinePreview(deadline: string | null | undefined, amount: number | null | undefined, unit: TimeUnit) {
  return useQuery({
    ...deadlinePreviewQueryOptions(deadline ?? "", amount ?? 0, unit),
    enabled: Boolean(deadline) && validAmount(amount),
  });
}
