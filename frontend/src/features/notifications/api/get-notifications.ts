import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type Notification = components["schemas"]["NotificationView"];
export type NotificationFilter = NonNullable<paths["/api/v1/notifications"]["get"]["parameters"]["query"]>;

/** Every query of this feature starts with this key, so that one invalidation refreshes the bell and the page. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;

export async function getNotifications(filter: NotificationFilter) {
  return unwrap(await api.GET("/api/v1/notifications", { params: { query: filter } }));
}

export const notificationsQueryOptions = (filter: NotificationFilter) =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, "list", filter],
    queryFn: () => getNotifications(filter),
    placeholderData: keepPreviousData,
  });

export function useNotifications(filter: NotificationFilter, enabled = true) {
  return useQuery({ ...notificationsQueryOptions(filter), enabled });
}
