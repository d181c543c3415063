import { useMutation } from "@tanstack/react-query";

import { sessionClient } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";
import { startSession } from "@/lib/auth/session";

export type LoginRequest = components["schemas"]["LoginRequest"];

export async function login(body: LoginRequest) {
  return unwrap(await sessionClient.POST("/api/v1/auth/login", { body }));
}

export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startSession });
}
