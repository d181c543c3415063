import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type MoveUnitRequest = components["schemas"]["MoveUnitRequest"];

export async function moveUnit({ id, body }: { id: number; body: MoveUnitRequest }) {
  return unwrap(await api.POST("/api/v1/admin/units/{id}/move", { params: { path: { id } }, body }));
}

export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
