import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { UnitsPage } from "./units-page";

const WAIT = { timeout: 10_000 };
const unit = (id: number, code: string, name: string, parentId: number | null, kind = "DEPARTMENT") => ({
  id,
  code,
  name,
  kind,
  parentId,
  active: true,
  requiresAppointmentApproval: false,
  requiresResultApproval: false,
  version: 1,
});
const units = [unit(1, "UBND", "UBND tỉnh Gia Lai", null, "PROVINCE_OFFICE"), unit(2, "STNMT", "Sở Tài nguyên và Môi trường", 1)];

function renderPage() {
  const calls = stubApi((call) => {
    if (call.path === "/api/v1/units") return json(units);
    if (call.path === "/api/v1/admin/units/2/deactivate") return json({ ...units[1], active: false });
    return undefined;
  });
  renderAt("/admin/units", "/admin/units", <UnitsPage />);
  return calls;
}

describe("Đơn vị", { timeout: 60_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the tree's columns on a desktop", async () => {
    stubWideScreen();
    renderPage();
    const row = (await screen.findByText("Sở Tài nguyên và Môi trường", {}, WAIT)).closest("tr")!;
    for (const header of ["Tên đơn vị", "Mã", "Loại", "Trạng thái", "Thao tác"]) {
      expect(screen.getByRole("columnheader", { name: header })).toBeTruthy();
    }
    expect(within(row).getByText("STNMT")).toBeTruthy();
    expect(within(row).getByText("Sở, ban, ngành")).toBeTruthy();
  });

  it("on a phone keeps the tree in one column, the code and kind under each name, and the actions work", async () => {
    stubMatchMedia();
    const calls = renderPage();
    const row = (await screen.findByText("Sở Tài nguyên và Môi trường", {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Tên đơn vị"]);
    expect(within(row).getByText("STNMT · Sở, ban, ngành")).toBeTruthy();
    fireEvent.click(within(row).getByRole("button", { name: "Ngừng hoạt động" }));
    fireEvent.click(await screen.findByRole("button", { name: "Xác nhận" }, WAIT));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path === "/api/v1/admin/units/2/deactivate")).toBe(true), WAIT);
  });
});
