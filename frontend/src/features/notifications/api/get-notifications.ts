import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type Notification = components["schemas"]["NotificationView"];
export type NotificationFilter = NonNullable<paths["/api/v1/notifications"]["get"]["parameters"]["query"]>;

export const NOTIFICATIONS_KEY = ["notifications"] as const;
/** Every list of notifications (the bell's latest, the page's), so that one invalidation refreshes them all. */
export const NOTIFICATION_LISTS_KEY = [...NOTIFICATIONS_KEY, "list"] as const;

export async function getNotifications(filter: NotificationFilter) {
  return unwrap(await api.GET("/api/v1/notifications", { params: { query: filter } }));
}

export const notificationsQueryOptions = (filter: NotificationFilter) =>
  queryOptions({
    queryKey: [...NOTIFICATION_LISTS_KEY, filter],
    queryFn: () => getNotifications(filter),
    placeholderData: keepPreviousData,
  });

export function useNotifications(filter: NotificationFilter, enabled = true) {
  return useQuery({ ...notificationsQueryOptions(filter), enabled });
}
