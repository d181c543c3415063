import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type AllowedAction = components["schemas"]["AllowedAction"];
export type Comment = components["schemas"]["CommentView"];
export type ProcessView = components["schemas"]["ProcessView"];

const path = (id: number) => ({ params: { path: { id } } });

export const allowedActionsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["pakn", "actions", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/actions", path(id))),
  });

export const historyQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["pakn", "history", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/history", path(id))),
  });

export const commentsQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["pakn", "comments", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/comments", path(id))),
  });

export const processQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ["pakn", "process", id],
    queryFn: async () => unwrap(await api.GET("/api/v1/pakn/{id}/process", path(id))),
    staleTime: 60_000,
  });

export const useAllowedActions = (id: number) => useQuery(allowedActionsQueryOptions(id));
export const useHistory = (id: number) => useQuery(historyQueryOptions(id));
export const useComments = (id: number) => useQuery(commentsQueryOptions(id));
/** Keeps the last process while `id` is unset, so that the list's step filter survives an empty page. */
export const useProcess = (id: number | undefined) =>
  useQuery({ ...processQueryOptions(id ?? 0), enabled: id !== undefined, placeholderData: keepPreviousData });
