import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

export async function setAccountEnabled({ id, enabled }: { id: number; enabled: boolean }) {
  const params = { params: { path: { id } } };
  return unwrap(
    enabled
      ? await api.POST("/api/v1/admin/accounts/{id}/enable", params)
      : await api.POST("/api/v1/admin/accounts/{id}/disable", params),
  );
}

export function useSetAccountEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAccountEnabled,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["accounts"] }),
  });
}
