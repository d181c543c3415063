/** What changes the bell's number: the stream's count, or the officer reading one or all notifications. */
export type UnreadChange = { kind: "pushed"; unread: number } | { kind: "read"; wasUnread: boolean } | { kind: "all-read" };

/** The unread count after `change` (undefined: not known yet). */
export function unreadAfter(count: number | undefined, change: UnreadChange): number | undefined {
  switch (change.kind) {
    case "pushed":
      return change.unread;
    case "read":
      return count === undefined || !change.wasUnread ? count : Math.max(0, count - 1);
    case "all-read":
      return 0;
  }
}

/** A pushed count above the one shown means something new arrived: the latest notifications must be read again. */
export function somethingArrived(before: number | undefined, after: number): boolean {
  return before === undefined || after > before;
}

/** The count in one event of the stream (`{"unread": n}`), or undefined for anything else. */
export function parseUnread(data: string): number | undefined {
  try {
    const value = (JSON.parse(data) as { unread?: unknown }).unread;
    return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Wait before reconnecting after the n-th failure in a row: 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}
