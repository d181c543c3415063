import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type MessageTemplate = components["schemas"]["TemplateView"];
export type TemplateUpdate = components["schemas"]["TemplateUpdate"];

const TEMPLATES_KEY = ["message-templates"] as const;

export function useTemplates() {
  return useQuery({ queryKey: TEMPLATES_KEY, queryFn: async () => unwrap(await api.GET("/api/v1/admin/notifications/templates")) });
}

export function useUpdateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, body }: { code: string; body: TemplateUpdate }) =>
      unwrap(await api.PUT("/api/v1/admin/notifications/templates/{code}", { params: { path: { code } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: TEMPLATES_KEY }),
  });
}
