import { afterEach, describe, expect, it, vi } from "vitest";

import { endSession, startSession } from "@/lib/auth/session";
import { eventStream, json, problem, stubApi } from "@/testing/render";

import { followUnreadCount } from "./unread-count";

const login = (accessToken: string) => ({ accessToken, expiresIn: 300, passwordChangeRequired: false, refreshToken: null, tokenType: "Bearer" });

describe("following the unread count", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    endSession("logged-out");
  });

  it("sends the bearer token, renews it once it has expired, and reconnects after the stream ends", async () => {
    startSession(login("old"));
    let streams = 0;
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/auth/refresh") return json({ accessToken: "new", passwordChangeRequired: false });
      if (call.path !== "/api/v1/notifications/stream") return undefined;
      streams++;
      if (call.authorization === "Bearer old") return problem(401, "unauthorized", "Chưa đăng nhập");
      if (streams === 2) return eventStream(['data:{"unread":1}\n\n: keep-alive\n\ndata:{"unr', 'ead":2}\n\n'], { close: true });
      return eventStream(['data:{"unread":0}\n\n']);
    });
    const controller = new AbortController();
    const counts: number[] = [];
    const waits: number[] = [];
    await new Promise<void>((done) => {
      void followUnreadCount({
        signal: controller.signal,
        onCount: (unread) => {
          counts.push(unread);
          if (unread === 0) {
            controller.abort();
            done();
          }
        },
        wait: async (ms) => {
          waits.push(ms);
        },
      });
    });
    expect(counts).toEqual([1, 2, 0]);
    expect(waits).toEqual([1000, 1000]);
    const streamCalls = calls.filter((call) => call.path === "/api/v1/notifications/stream").map((call) => call.authorization);
    expect(streamCalls).toEqual(["Bearer old", "Bearer new", "Bearer new"]);
  });

  it("stops when the session cannot be renewed", async () => {
    startSession(login("expired"));
    stubApi(() => problem(401, "unauthorized", "Hết phiên"));
    const onCount = vi.fn();
    await followUnreadCount({ signal: new AbortController().signal, onCount, wait: async () => undefined });
    expect(onCount).not.toHaveBeenCalled();
  });
});
