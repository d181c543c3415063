import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type CreateUnitRequest = components["schemas"]["CreateUnitRequest"];

export async function createUnit(body: CreateUnitRequest) {
  return unwrap(await api.POST("/api/v1/admin/units", { body }));
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
