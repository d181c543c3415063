import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type OutboxMessage = components["schemas"]["OutboxView"];
export type OutboxFilter = NonNullable<paths["/api/v1/admin/notifications/outbox"]["get"]["parameters"]["query"]>;
export type OutboxStatus = "PENDING" | "SENT" | "DEAD";
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ["DEAD", "PENDING", "SENT"];

const OUTBOX_KEY = ["outbox"] as const;

export async function getOutbox(filter: OutboxFilter) {
  return unwrap(await api.GET("/api/v1/admin/notifications/outbox", { params: { query: filter } }));
}

export function useOutbox(filter: OutboxFilter) {
  return useQuery({ queryKey: [...OUTBOX_KEY, filter], queryFn: () => getOutbox(filter), placeholderData: keepPreviousData });
}

/** Puts a dead letter back in line; it leaves the DEAD list and the dispatcher sends it again. */
export function useRetryMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.POST("/api/v1/admin/notifications/outbox/{id}/retry", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: OUTBOX_KEY }),
  });
}
