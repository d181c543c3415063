import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { historyQueryOptions } from "@/features/pakn/workflow/api/get-workflow";
import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";
import { saveFile } from "@/lib/save-file";

export type Attachment = components["schemas"]["AttachmentView"];
export type AttachmentPurpose = components["schemas"]["AttachmentPurpose"];

/** Multipart: the file's own name and declared type travel with it; the backend checks both against the content. */
export async function uploadAttachment(paknId: number, file: File, purpose: AttachmentPurpose) {
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("purpose", purpose);
  return unwrap(
    await api.POST("/api/v1/pakn/{id}/attachments", {
      params: { path: { id: paknId } },
      body: { file: file.name, purpose },
      bodySerializer: () => form,
    }),
  );
}

export const attachmentsQueryOptions = (paknId: number) =>
  queryOptions({
    queryKey: ["pakn", "attachments", paknId],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/attachments", { params: { path: { id: paknId } } })),
  });

export function useAttachments(paknId: number) {
  return useQuery(attachmentsQueryOptions(paknId));
}

/** Downloads through the API client (the token is not a cookie) and hands the file to the browser. */
export async function downloadAttachment(attachment: Attachment) {
  const result = await api.GET("/api/v1/attachments/{id}", { params: { path: { id: attachment.id } }, parseAs: "blob" });
  saveFile(unwrap(result) as unknown as Blob, attachment.fileName);
}

/** Gỡ tập tin: the uploader takes back a file attached by mistake; it is gone for everyone, the history keeps its name. */
export async function removeAttachment(attachment: Attachment) {
  unwrap(await api.DELETE("/api/v1/attachments/{id}", { params: { path: { id: attachment.id } } }));
}

/** After files were attached or removed: the item's files, and its Lịch sử, which records each. */
export function filesChanged(queryClient: QueryClient, paknId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: attachmentsQueryOptions(paknId).queryKey }),
    queryClient.invalidateQueries({ queryKey: historyQueryOptions(paknId).queryKey }),
  ]);
}

export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeAttachment, onSuccess: (_, { paknId }) => filesChanged(queryClient, paknId) });
}
