import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { api, refreshSession } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";
import { getSession, useSessionState } from "@/lib/auth/session";

import { NOTIFICATION_LISTS_KEY, NOTIFICATIONS_KEY } from "./get-notifications";
import { createSseParser } from "../lib/sse";
import { parseUnread, reconnectDelay, somethingArrived, unreadAfter } from "../lib/unread";

export const UNREAD_KEY = [...NOTIFICATIONS_KEY, "unread"] as const;
const STREAM = "/api/v1/notifications/stream";

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export type FollowOptions = {
  signal: AbortSignal;
  onCount: (unread: number) => void;
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
};

/**
 * Follows the unread count the backend pushes over server-sent events until `signal` aborts. EventSource cannot send
 * the bearer token, so this reads the stream with `fetch`; it reconnects with a growing pause, trades the refresh
 * cookie for a new token once the old one has expired, and stops when the session cannot be renewed.
 */
export async function followUnreadCount({ signal, onCount, wait = sleep }: FollowOptions): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    try {
      const token = getSession()?.accessToken;
      const response = await globalThis.fetch(`${globalThis.location?.origin ?? ""}${STREAM}`, {
        headers: { Accept: "text/event-stream", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        credentials: "same-origin",
        cache: "no-store",
        signal,
      });
      if (response.status === 401 && !(await refreshSession())) return;
      if (response.ok && response.body) {
        const push = createSseParser((event) => {
          const unread = parseUnread(event.data);
          if (unread === undefined) return;
          failures = 0;
          onCount(unread);
        });
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          push(decoder.decode(chunk.value, { stream: true }));
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    failures++;
    await wait(reconnectDelay(failures), signal);
  }
}

export async function getUnreadCount() {
  return unwrap(await api.GET("/api/v1/notifications/unread-count")).unread;
}

/** The unread count as the bell shows it: read once, then kept live by {@link useFollowUnreadCount}. */
export function useUnreadCount(): number | undefined {
  const signedIn = useSessionState().session !== null;
  return useQuery({ queryKey: UNREAD_KEY, queryFn: getUnreadCount, staleTime: Infinity, enabled: signedIn }).data;
}

/** Keeps the unread count live over one event stream while the officer is signed in: call it once, in the bell. */
export function useFollowUnreadCount() {
  const client = useQueryClient();
  const signedIn = useSessionState().session !== null;
  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    void followUnreadCount({
      signal: controller.signal,
      onCount: (unread) => {
        const before = client.getQueryData<number>(UNREAD_KEY);
        client.setQueryData<number>(UNREAD_KEY, unreadAfter(before, { kind: "pushed", unread }));
        if (somethingArrived(before, unread)) void client.invalidateQueries({ queryKey: NOTIFICATION_LISTS_KEY });
      },
    });
    return () => controller.abort();
  }, [signedIn, client]);
}
