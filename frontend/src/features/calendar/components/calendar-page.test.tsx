import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import dayjs from "dayjs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { json, problem, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";

import { CalendarPage } from "./calendar-page";

const WAIT = { timeout: 10_000 };
const year = dayjs().year();
const calendar = {
  schedules: [
    {
      id: 1,
      name: "Giờ hành chính",
      validFrom: "2020-01-01",
      validTo: null,
      version: 0,
      days: Object.fromEntries(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => [day, [{ start: "07:30:00", end: "11:30:00" }, { start: "13:30:00", end: "17:00:00" }]])),
    },
  ],
  holidays: [
    { day: `${year}-09-02`, name: "Quốc khánh" },
    { day: `${year - 1}-09-02`, name: "Quốc khánh năm trước" },
  ],
  compensatoryDays: [],
};

describe("Lịch làm việc", { timeout: 120_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the weekly schedule and this year's holidays, and adds a holiday", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/calendar") return json(calendar);
      if (call.method === "POST" && call.path === "/api/v1/admin/calendar/holidays") return json(JSON.parse(call.body), { status: 201 });
      return undefined;
    });
    renderAt("/admin/calendar", "/admin/calendar", <CalendarPage />);
    expect(await screen.findByText("Giờ hành chính", {}, WAIT)).toBeTruthy();
    expect(screen.getAllByText("T2: 07:30–11:30, 13:30–17:00")).toHaveLength(1);
    expect(screen.getByText("Không thời hạn", { exact: false })).toBeTruthy();
    // a phone: the schedule in one column, its validity and hours under the name
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Tên lịch", "Thao tác"]);

    fireEvent.click(screen.getByRole("tab", { name: "Ngày nghỉ lễ" }));
    expect(await screen.findByText("Quốc khánh", {}, WAIT)).toBeTruthy();
    expect(screen.queryByText("Quốc khánh năm trước")).toBeNull();
    const weekday = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"][dayjs(`${year}-09-02`).day()];
    expect(screen.getByText(`${weekday}, 02/09/${year}`)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: /Thêm ngày nghỉ lễ/ }));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const date = within(dialog).getByLabelText("Ngày");
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: `02/09/${year}` } });
    fireEvent.keyDown(date, { key: "Enter", code: "Enter" });
    fireEvent.change(within(dialog).getByLabelText("Tên ngày"), { target: { value: "Nghỉ thêm" } });
    fireEvent.click(within(dialog).getByRole("button", { name: /Lưu/ }));
    expect(await within(dialog).findByText("Ngày này đã có trong danh sách", {}, WAIT)).toBeTruthy();

    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: `03/09/${year}` } });
    fireEvent.keyDown(date, { key: "Enter", code: "Enter" });
    fireEvent.click(within(dialog).getByRole("button", { name: /Lưu/ }));
    await waitFor(() => expect(calls.filter((call) => call.method === "POST").map((call) => JSON.parse(call.body))).toEqual([{ day: `${year}-09-03`, name: "Nghỉ thêm" }]), WAIT);
  });

  it("shows the schedule's and the days' columns on a desktop", async () => {
    stubWideScreen();
    stubApi((call) => (call.path === "/api/v1/calendar" ? json(calendar) : undefined));
    renderAt("/admin/calendar", "/admin/calendar", <CalendarPage />);
    expect(await screen.findByText("Giờ hành chính", {}, WAIT)).toBeTruthy();
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Tên lịch", "Thời gian áp dụng", "Giờ làm việc", "Thao tác"]);
    fireEvent.click(screen.getByRole("tab", { name: "Ngày nghỉ lễ" }));
    const row = (await screen.findByText("Quốc khánh", {}, WAIT)).closest("tr")!;
    expect(within(row).getByText(`02/09/${year}`)).toBeTruthy();
  });

  it("shows the backend's problem when the last schedule may not be deleted", async () => {
    stubApi((call) => {
      if (call.path === "/api/v1/calendar") return json(calendar);
      if (call.method === "DELETE") return problem(409, "last-schedule", "Không thể xoá lịch làm việc cuối cùng");
      return undefined;
    });
    renderAt("/admin/calendar", "/admin/calendar", <CalendarPage />);
    await screen.findByText("Giờ hành chính", {}, WAIT);
    fireEvent.click(screen.getByRole("button", { name: "Xóa" }));
    const confirm = (await screen.findByText('Xóa lịch "Giờ hành chính"?', {}, WAIT)).closest(".ant-popover") as HTMLElement;
    fireEvent.click(within(confirm).getByRole("button", { name: "Xóa" }));
    expect(await screen.findByText("Không thể xoá lịch làm việc cuối cùng", {}, WAIT)).toBeTruthy();
  });
});
