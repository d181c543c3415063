import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { endSession } from "@/lib/auth/session";

export async function logout() {
  await api.POST("/api/v1/auth/logout");
}

/** Signs out locally even when the server cannot be reached: the officer asked to leave. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      endSession("logged-out");
      queryClient.clear();
    },
  });
}
