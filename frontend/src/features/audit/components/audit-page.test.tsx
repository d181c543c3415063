import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { AuditPage } from "./audit-page";

const WAIT = { timeout: 10_000 };
const event = {
  id: 5,
  action: "ACCOUNT_DISABLED",
  actorId: 1,
  actorLabel: "Quản trị viên",
  targetType: "account",
  targetId: "12",
  ip: "10.0.0.7",
  userAgent: "Mozilla/5.0",
  details: { reason: "nghỉ việc" },
  occurredAt: "2026-03-02T02:00:05Z",
};

function renderPage() {
  stubApi((call) => (call.path === "/api/v1/admin/audit-events" ? json({ items: [event], page: 0, size: 50, total: 1, totalExact: true }) : undefined));
  renderAt("/admin/audit", "/admin/audit", <AuditPage />);
}

describe("Nhật ký hệ thống", { timeout: 60_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows an event's columns on a desktop", async () => {
    stubWideScreen();
    renderPage();
    const row = (await screen.findByText("Khóa tài khoản", {}, WAIT)).closest("tr")!;
    for (const header of ["Thời điểm", "Người thực hiện", "Đối tượng", "Địa chỉ IP", "Chi tiết"]) {
      expect(screen.getByRole("columnheader", { name: header })).toBeTruthy();
    }
    expect(within(row).getByText("02/03/2026 09:00:05")).toBeTruthy();
    expect(within(row).getByText("10.0.0.7")).toBeTruthy();
  });

  it("on a phone puts the time, actor, target and address under the action", async () => {
    stubMatchMedia();
    renderPage();
    const row = (await screen.findByText("Khóa tài khoản", {}, WAIT)).closest("tr")!;
    expect(screen.queryByRole("columnheader", { name: "Người thực hiện" })).toBeNull();
    expect(within(row).getByText("02/03/2026 09:00:05 · Quản trị viên · account #12 · 10.0.0.7")).toBeTruthy();
  });
});
