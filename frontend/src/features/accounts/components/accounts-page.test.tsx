import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { AccountsPage } from "./accounts-page";

const WAIT = { timeout: 10_000 };
const account = {
  id: 12,
  phone: "+84909000111",
  email: "chuyenvien@example.vn",
  fullName: "Trần Văn Thử",
  position: "Chuyên viên phòng Môi trường",
  roles: ["SPECIALIST"],
  unit: { id: 3, code: "STNMT", name: "Sở Tài nguyên và Môi trường" },
  enabled: true,
  passwordChangeRequired: true,
  createdAt: "2026-03-02T02:00:00Z",
  version: 4,
};

function renderPage() {
  const calls = stubApi((call) => {
    if (call.path === "/api/v1/admin/accounts") return json({ items: [account], page: 0, size: 20, total: 1, totalExact: true });
    if (call.path === "/api/v1/units") return json([]);
    if (call.path === "/api/v1/admin/accounts/12/disable") return json({ ...account, enabled: false });
    return undefined;
  });
  renderAt("/admin/accounts", "/admin/accounts", <AccountsPage />);
  return calls;
}

describe("Tài khoản", { timeout: 60_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows an account's columns on a desktop", async () => {
    stubWideScreen();
    renderPage();
    const row = (await screen.findByText("Trần Văn Thử", {}, WAIT)).closest("tr")!;
    for (const header of ["Số điện thoại", "Đơn vị", "Vai trò", "Trạng thái", "Ngày tạo", "Thao tác"]) {
      expect(screen.getByRole("columnheader", { name: header })).toBeTruthy();
    }
    expect(within(row).getByText("+84909000111")).toBeTruthy();
    expect(within(row).getByText("02/03/2026")).toBeTruthy();
  });

  it("on a phone puts the number, unit, role, state and actions under the name, and the actions work", async () => {
    stubMatchMedia();
    const calls = renderPage();
    const row = (await screen.findByText("Trần Văn Thử", {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Họ và tên"]);
    expect(within(row).getByText("+84909000111 · Sở Tài nguyên và Môi trường")).toBeTruthy();
    expect(within(row).getByText("Chuyên viên")).toBeTruthy();
    expect(within(row).getByText("Chưa đổi mật khẩu")).toBeTruthy();
    const search = screen.getByPlaceholderText(/Tìm theo số điện thoại/).closest<HTMLElement>(".ant-input-affix-wrapper")!;
    expect(search.style.width).toBe("100%");

    fireEvent.click(within(row).getByRole("button", { name: "Khóa" }));
    fireEvent.click(await screen.findByRole("button", { name: "Xác nhận" }, WAIT));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/admin/accounts/12/disable")).toBe(true), WAIT);
  });
});
