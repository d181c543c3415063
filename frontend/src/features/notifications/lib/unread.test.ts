import { describe, expect, it } from "vitest";

import { parseUnread, reconnectDelay, somethingArrived, unreadAfter } from "./unread";

describe("unread count", () => {
  it("takes the pushed count, drops by one when an unread notification is read, and to zero when all are", () => {
    expect(unreadAfter(undefined, { kind: "pushed", unread: 4 })).toBe(4);
    expect(unreadAfter(4, { kind: "read", wasUnread: true })).toBe(3);
    expect(unreadAfter(4, { kind: "read", wasUnread: false })).toBe(4);
    expect(unreadAfter(0, { kind: "read", wasUnread: true })).toBe(0);
    expect(unreadAfter(undefined, { kind: "read", wasUnread: true })).toBeUndefined();
    expect(unreadAfter(7, { kind: "all-read" })).toBe(0);
  });

  it("reloads the latest notifications only when the count rises", () => {
    expect(somethingArrived(undefined, 0)).toBe(true);
    expect(somethingArrived(2, 3)).toBe(true);
    expect(somethingArrived(3, 3)).toBe(false);
    expect(somethingArrived(3, 2)).toBe(false);
  });

  it("reads the count from an event and ignores anything else", () => {
    expect(parseUnread('{"unread":5}')).toBe(5);
    expect(parseUnread('{"unread":-1}')).toBeUndefined();
    expect(parseUnread('{"other":1}')).toBeUndefined();
    expect(parseUnread("not json")).toBeUndefined();
  });

  it("waits longer after each failure, at most 30 s", () => {
    expect([1, 2, 3, 6, 20].map(reconnectDelay)).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });
});
