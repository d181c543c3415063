import { queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";
import { useSessionState } from "@/lib/auth/session";

export async function getMe() {
  return unwrap(await api.GET("/api/v1/me"));
}

export const meQueryOptions = () => queryOptions({ queryKey: ["me"], queryFn: getMe, staleTime: 5 * 60_000 });

export function useMe() {
  const { session } = useSessionState();
  return useQuery({ ...meQueryOptions(), enabled: session !== null && !session.passwordChangeRequired });
}
