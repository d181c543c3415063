import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type UpdateAccountRequest = components["schemas"]["UpdateAccountRequest"];

export async function updateAccount({ id, body }: { id: number; body: UpdateAccountRequest }) {
  return unwrap(await api.PUT("/api/v1/admin/accounts/{id}", { params: { path: { id } }, body }));
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["accounts"] }),
  });
}
