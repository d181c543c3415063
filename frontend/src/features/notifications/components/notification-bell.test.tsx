import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { endSession, startSession } from "@/lib/auth/session";
import { eventStream, json, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { NotificationBell } from "./notification-bell";
import { NotificationsPage } from "./notifications-page";

const WAIT = { timeout: 10_000 };
const forwarded = {
  id: 7,
  title: "Phản ánh 1022-2026-000042 được chuyển đến bạn",
  body: "Nhân viên trực chuyển phản ánh \"Ngập úng\" đến bạn.",
  link: "/pakn/42",
  createdAt: "2026-03-02T02:00:00Z",
  read: false,
};
const older = { ...forwarded, id: 6, title: "Phản ánh 1022-2026-000041 sắp đến hạn", link: null, read: true };
const page = (items: unknown[]) => ({ items, page: 0, size: 20, total: items.length, totalExact: true });

describe("the bell and Thông báo", { timeout: 120_000 }, () => {
  beforeEach(() => {
    stubMatchMedia();
    startSession({ accessToken: "token", expiresIn: 300, passwordChangeRequired: false, refreshToken: null, tokenType: "Bearer" });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    endSession("logged-out");
  });

  it("shows the pushed count, lists the latest, and reading one opens its PAKN", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/notifications/stream") return eventStream(['data:{"unread":1}\n\n']);
      if (call.path === "/api/v1/notifications/unread-count") return json({ unread: 1 });
      if (call.path === "/api/v1/notifications") return json(page([forwarded, older]));
      if (call.path === "/api/v1/notifications/7/read") return new Response(null, { status: 204 });
      return undefined;
    });
    renderAt("/pakn/processing", "/pakn/processing", <NotificationBell />);
    const bell = await screen.findByRole("button", { name: "Thông báo: 1 chưa đọc" }, WAIT);
    expect(calls.find((call) => call.path === "/api/v1/notifications/stream")?.authorization).toBe("Bearer token");

    fireEvent.click(bell);
    fireEvent.click(await screen.findByText(forwarded.title, {}, WAIT));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/notifications/7/read")).toBe(true), WAIT);
    // the route /pakn/42 is not this test's page: the bell's page is gone
    await waitFor(() => expect(screen.queryByTestId("notification-bell")).toBeNull(), WAIT);
  });

  it("lists every notification or the unread ones, and marks all read", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/notifications/unread-count") return json({ unread: 1 });
      if (call.path === "/api/v1/notifications") return json(page(call.query.get("unread") === "true" ? [forwarded] : [forwarded, older]));
      if (call.path === "/api/v1/notifications/read-all") return new Response(null, { status: 204 });
      return undefined;
    });
    const lists = () => calls.filter((call) => call.path === "/api/v1/notifications").map((call) => call.query.get("unread"));
    renderAt("/notifications", "/notifications", <NotificationsPage />);
    await screen.findByText(older.title, {}, WAIT);
    expect(screen.getByText(forwarded.title)).toBeTruthy();
    expect(lists()).toEqual(["false"]);

    fireEvent.click(await screen.findByText("Chưa đọc (1)", {}, WAIT));
    await waitFor(() => expect(lists()).toContain("true"), WAIT);
    await waitFor(() => expect(screen.queryByText(older.title)).toBeNull(), WAIT);

    fireEvent.click(screen.getByRole("button", { name: /Đánh dấu tất cả đã đọc/ }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/notifications/read-all")).toBe(true), WAIT);
    await screen.findByText("Chưa đọc (0)", {}, WAIT);
  });
});
