import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type ActionRequest = components["schemas"]["ActionRequest"];
export type Outcome = components["schemas"]["Outcome"];

export type AppointmentRequest = components["schemas"]["AppointmentRequest"];
export type AppointmentDecision = components["schemas"]["AppointmentDecision"];
/** The appointment actions (appoint, approve-appointment, reject-appointment) have request bodies of their own. */
export type ActionBody = ActionRequest | AppointmentRequest | AppointmentDecision;

export type ActionCall = { id: number; etag: string; action: string; body?: ActionBody };

/** One action of the process, on the version the officer saw (If-Match); 409 stale-version when it moved on. */
export async function performAction({ id, etag, action, body = {} }: ActionCall) {
  return unwrap(
    await api.POST("/api/v1/pakn/{id}/actions/{action}", {
      params: { path: { id, action }, header: { "If-Match": etag } },
      // the same path template serves the appointment actions, whose own paths take their own bodies
      body: body as ActionRequest,
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
