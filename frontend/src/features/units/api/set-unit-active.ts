import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

export async function setUnitActive({ id, active }: { id: number; active: boolean }) {
  const params = { params: { path: { id } } };
  return unwrap(
    active
      ? await api.POST("/api/v1/admin/units/{id}/activate", params)
      : await api.POST("/api/v1/admin/units/{id}/deactivate", params),
  );
}

export function useSetUnitActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUnitActive,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["units"] }),
  });
}
