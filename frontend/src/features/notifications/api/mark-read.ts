import { useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { NOTIFICATION_LISTS_KEY, type Notification } from "./get-notifications";
import { UNREAD_KEY } from "./unread-count";
import { unreadAfter } from "../lib/unread";

/** Marks one notification read; the bell drops at once, the stream confirms. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (notification: Notification) =>
      unwrap(await api.POST("/api/v1/notifications/{id}/read", { params: { path: { id: notification.id } } })),
    onSuccess: (_, notification) => {
      client.setQueryData<number>(UNREAD_KEY, (count) => unreadAfter(count, { kind: "read", wasUnread: !notification.read }));
      void client.invalidateQueries({ queryKey: NOTIFICATION_LISTS_KEY });
    },
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/notifications/read-all")),
    onSuccess: () => {
      client.setQueryData<number>(UNREAD_KEY, (count) => unreadAfter(count, { kind: "all-read" }));
      void client.invalidateQueries({ queryKey: NOTIFICATION_LISTS_KEY });
    },
  });
}
