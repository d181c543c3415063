import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";
import { endSession } from "@/lib/auth/session";

export type ChangePasswordRequest = components["schemas"]["ChangePasswordRequest"];

export async function changePassword(body: ChangePasswordRequest) {
  unwrap(await api.POST("/api/v1/auth/change-password", { body }));
}

/** A changed password ends every session, this one included: the officer signs in again with the new one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      endSession("password-changed");
      queryClient.clear();
    },
  });
}
