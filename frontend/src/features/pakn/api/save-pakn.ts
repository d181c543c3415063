import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type PaknForm = components["schemas"]["PaknForm"];

export async function createPakn(body: PaknForm) {
  return unwrap(await api.POST("/api/v1/pakn", { body }));
}

/** Chỉnh sửa: refused with 409 stale-version when someone changed the PAKN after `etag` was read. */
export async function editPakn({ id, etag, body }: { id: number; etag: string; body: PaknForm }) {
  return unwrap(await api.PUT("/api/v1/pakn/{id}", { params: { path: { id }, header: { "If-Match": etag } }, body }));
}

export function useSavePakn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: { id?: number; etag?: string; body: PaknForm }) =>
      id === undefined || etag === undefined ? createPakn(body) : editPakn({ id, etag, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["pakn"] }),
  });
}
