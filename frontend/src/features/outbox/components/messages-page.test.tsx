import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { MessagesPage } from "./messages-page";

const WAIT = { timeout: 10_000 };
const page = (items: unknown[]) => ({ items, page: 0, size: 20, total: items.length, totalExact: true });
const sms = { id: 1, phone: "+84909000111", sender: "1022GIALAI", body: "Phản ánh 1022-2026-000042 được chuyển đến bạn", sentAt: "2026-03-02T02:00:00Z" };
const dead = {
  id: 5,
  key: "forward:9:3",
  channel: "SMS",
  recipientAccountId: 3,
  recipientAddress: "+84909000222",
  subject: null,
  body: "Tin nhắn không gửi được",
  status: "DEAD",
  attempts: 8,
  nextAttemptAt: "2026-03-02T03:00:00Z",
  lastError: "HTTP 500",
  createdAt: "2026-03-02T02:00:00Z",
  sentAt: null,
};
const template = { code: "FORWARDED", name: "Tin nhắn cho người xử lý tiếp theo", subject: "Phản ánh {code} được chuyển đến bạn", body: "{actor} chuyển phản ánh {code} đến bạn.", version: 2 };

describe("Tin nhắn đã gửi", { timeout: 120_000 }, () => {
  beforeEach(stubWideScreen);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("lists the sent SMS, then the dead letters with a Retry button", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/admin/notifications/sms") return json(page([sms]));
      if (call.path === "/api/v1/admin/notifications/outbox") return json(page(call.query.get("status") === "DEAD" ? [dead] : []));
      if (call.path === "/api/v1/admin/notifications/outbox/5/retry") return new Response(null, { status: 204 });
      return undefined;
    });
    renderAt("/admin/messages", "/admin/messages", <MessagesPage />);
    expect(await screen.findByText(sms.body, {}, WAIT)).toBeTruthy();
    expect(screen.getByText("+84909000111")).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Hàng đợi gửi" }));
    expect(await screen.findByText("Tin nhắn không gửi được", {}, WAIT)).toBeTruthy();
    expect(screen.getByText("Lỗi gần nhất: HTTP 500")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Gửi lại/ }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/admin/notifications/outbox/5/retry")).toBe(true), WAIT);

    fireEvent.click(screen.getByText("Đang chờ gửi"));
    await waitFor(() => expect(calls.some((call) => call.query.get("status") === "PENDING")).toBe(true), WAIT);
  });

  it("on a phone shows each message in one column, its details and the Retry button with it", async () => {
    stubMatchMedia();
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/admin/notifications/sms") return json(page([sms]));
      if (call.path === "/api/v1/admin/notifications/outbox") return json(page([dead]));
      if (call.path === "/api/v1/admin/notifications/outbox/5/retry") return new Response(null, { status: 204 });
      if (call.path === "/api/v1/admin/notifications/templates") return json([template]);
      return undefined;
    });
    renderAt("/admin/messages", "/admin/messages", <MessagesPage />);
    const text = (await screen.findByText(sms.body, {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Nội dung"]);
    expect(within(text).getByText("02/03/2026 09:00 · +84909000111 · 1022GIALAI")).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Hàng đợi gửi" }));
    const letter = (await screen.findByText("Tin nhắn không gửi được", {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Nội dung"]);
    expect(within(letter).getByText("Gửi thất bại")).toBeTruthy();
    expect(within(letter).getByText("SMS · +84909000222 · 02/03/2026 09:00")).toBeTruthy();
    fireEvent.click(within(letter).getByRole("button", { name: /Gửi lại/ }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/admin/notifications/outbox/5/retry")).toBe(true), WAIT);

    fireEvent.click(screen.getByRole("tab", { name: "Mẫu tin nhắn" }));
    const kind = (await screen.findByText(template.name, {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Nội dung", "Thao tác"]);
    expect(within(kind).getByText(template.subject)).toBeTruthy();
    expect(within(kind).getByRole("button", { name: "Sửa" })).toBeTruthy();
  });

  it("edits a template with its version", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/admin/notifications/sms") return json(page([]));
      if (call.path === "/api/v1/admin/notifications/templates") return json([template]);
      if (call.method === "PUT") return new Response(null, { status: 204 });
      return undefined;
    });
    renderAt("/admin/messages", "/admin/messages", <MessagesPage />);
    fireEvent.click(await screen.findByRole("tab", { name: "Mẫu tin nhắn" }, WAIT));
    fireEvent.click(await screen.findByRole("button", { name: "Sửa" }, WAIT));
    const body = await screen.findByLabelText("Nội dung", {}, WAIT);
    fireEvent.change(body, { target: { value: "{actor} chuyển {code} cho {nguoiNhan}." } });
    expect(await screen.findByText("Mẫu gốc không có {nguoiNhan}: sẽ được gửi nguyên văn", {}, WAIT)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Lưu/ }));
    await waitFor(
      () =>
        expect(calls.filter((call) => call.method === "PUT").map((call) => [call.path, JSON.parse(call.body)])).toEqual([
          ["/api/v1/admin/notifications/templates/FORWARDED", { subject: template.subject, body: "{actor} chuyển {code} cho {nguoiNhan}.", version: 2 }],
        ]),
      WAIT,
    );
  });
});
