import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type UpdateUnitRequest = components["schemas"]["UpdateUnitRequest"];

export async function updateUnit({ id, body }: { id: number; body: UpdateUnitRequest }) {
  return unwrap(await api.PUT("/api/v1/admin/units/{id}", { params: { path: { id } }, body }));
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
