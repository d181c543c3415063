import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type SentSms = components["schemas"]["SmsView"];

export async function getSentSms(page: number, size: number) {
  return unwrap(await api.GET("/api/v1/admin/notifications/sms", { params: { query: { page, size } } }));
}

export function useSentSms(page: number, size: number) {
  return useQuery({ queryKey: ["sent-sms", page, size], queryFn: () => getSentSms(page, size), placeholderData: keepPreviousData });
}
