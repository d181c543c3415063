import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type CreateAccountRequest = components["schemas"]["CreateAccountRequest"];

export async function createAccount(body: CreateAccountRequest) {
  return unwrap(await api.POST("/api/v1/admin/accounts", { body }));
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["accounts"] }),
  });
}
