import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { StepDurationsPage } from "./step-durations-page";

const WAIT = { timeout: 10_000 };
const durations = {
  workingDayMinutes: 450,
  steps: [
    { stepId: 3, code: "XU_LY_CHUYEN_NGANH", name: "Xử lý chuyên ngành", kind: "PROCESSING", processName: "Quy trình 1022", workingMinutes: 480, categories: [{ categoryId: 11, categoryName: "Môi trường", workingMinutes: 900 }] },
    { stepId: 2, code: "NHAN_VIEN_TRUC", name: "Nhân viên trực", kind: "OPERATOR", processName: "Quy trình 1022", workingMinutes: null, categories: [] },
  ],
};

describe("Thời hạn xử lý", { timeout: 120_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows each step's time in its largest unit and saves a new one", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/admin/step-durations") return json(durations);
      if (call.path === "/api/v1/categories") return json([{ id: 11, code: "MOI_TRUONG", name: "Môi trường", active: true, sortOrder: 1, version: 0 }]);
      if (call.method === "PUT") return json(durations.steps[0]);
      return undefined;
    });
    renderAt("/admin/step-durations", "/admin/step-durations", <StepDurationsPage />);
    expect(await screen.findByText("8 giờ", {}, WAIT)).toBeTruthy();
    expect(screen.getByText("Môi trường: 2 ngày")).toBeTruthy();
    expect(screen.getByText("Không tính hạn")).toBeTruthy();
    // a phone: one column, the times under the step
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Bước xử lý"]);

    fireEvent.click(screen.getAllByRole("button", { name: "Sửa thời hạn" })[0]);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const amount = within(dialog).getByLabelText("Thời hạn");
    expect((amount as HTMLInputElement).value).toBe("8");
    fireEvent.change(amount, { target: { value: "0" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /Lưu/ }));
    expect(await within(dialog).findByText("Thời hạn phải là số nguyên dương", {}, WAIT)).toBeTruthy();

    fireEvent.change(amount, { target: { value: "3" } });
    expect(await within(dialog).findByText("= 180 phút làm việc (1 ngày = 450 phút)", {}, WAIT)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: /Lưu/ }));
    await waitFor(
      () =>
        expect(calls.filter((call) => call.method === "PUT").map((call) => [call.path, JSON.parse(call.body)])).toEqual([
          ["/api/v1/admin/step-durations/3/default", { amount: 3, unit: "HOURS" }],
        ]),
      WAIT,
    );
  });

  it("shows the default and the categories' times in columns of their own on a desktop", async () => {
    stubWideScreen();
    stubApi((call) => (call.path === "/api/v1/admin/step-durations" ? json(durations) : undefined));
    renderAt("/admin/step-durations", "/admin/step-durations", <StepDurationsPage />);
    const row = (await screen.findByText("Xử lý chuyên ngành", {}, WAIT)).closest("tr")!;
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Bước xử lý", "Thời hạn mặc định", "Theo chuyên mục"]);
    const cells = within(row).getAllByRole("cell");
    expect(within(cells[1]).getByText("8 giờ")).toBeTruthy();
    expect(within(cells[2]).getByText("Môi trường: 2 ngày")).toBeTruthy();
  });
});
