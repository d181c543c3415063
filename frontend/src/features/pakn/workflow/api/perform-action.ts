import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type ActionRequest = components["schemas"]["ActionRequest"];
export type Outcome = components["schemas"]["Outcome"];

export type ActionCall = { id: number; etag: string; action: string; body?: ActionRequest };

/** One action of the process, on the version the officer saw (If-Match); 409 stale-version when it moved on. */
export async function performAction({ id, etag, action, body = {} }: ActionCall) {
  return unwrap(
    await api.POST("/api/v1/pakn/{id}/actions/{action}", {
      params: { path: { id, action }, header: { "If-Match": etag } },
      body,
    }),
  );
}

export function usePerformAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: performAction,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["pakn"] }),
  });
}
