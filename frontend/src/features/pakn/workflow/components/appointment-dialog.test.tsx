import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { chooseOption, json, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { AppointmentDialog } from "./appointment-dialog";

const WAIT = { timeout: 10_000 };

describe("Hẹn xử lý dialog", { timeout: 120_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("requires a reason, then sends the amounts with the manual's 24-hour reminder", async () => {
    const onSubmit = vi.fn();
    renderAt("/", "/", <AppointmentDialog open pending={false} onCancel={() => undefined} onSubmit={onSubmit} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    expect(within(dialog).getByDisplayValue("Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý.").hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(dialog).getByLabelText("Loại gia hạn"), { target: { value: "3" } });
    const submit = () => fireEvent.click(within(dialog).getAllByRole("button", { name: "Hẹn xử lý" }).at(-1)!);
    submit();
    await within(dialog).findByText("Vui lòng nhập lý do hạn", {}, WAIT);
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText("Lý do hạn"), { target: { value: " Cần khảo sát thực địa " } });
    submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1), WAIT);
    expect(onSubmit.mock.calls[0][0]).toEqual({
      amount: 3,
      unit: "DAYS",
      reminderAmount: 24,
      reminderUnit: "HOURS",
      reason: "Cần khảo sát thực địa",
      notifyNext: false,
    });
    expect(onSubmit.mock.calls[0][1]).toEqual([]);
  });

  it("shows the current deadline, the 8-working-hour rule, and the new deadline the backend computes as the extension changes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T02:00:00Z"));
    const newDeadlines: Record<string, string> = { DAYS: "2026-03-10T03:00:00Z", HOURS: "2026-03-05T06:00:00Z" };
    const calls = stubApi((call) => (call.path === "/api/v1/calendar/deadline" ? json({ deadline: newDeadlines[call.query.get("unit")!] }) : undefined));
    renderAt("/", "/", <AppointmentDialog open deadline="2026-03-05T03:00:00Z" pending={false} onCancel={() => undefined} onSubmit={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const row = (label: string) => within(dialog).getByText(label).closest("tr")!;
    expect(within(dialog).getByText(/^Chỉ được hẹn xử lý phản ánh cần thời gian xử lý nhiều hơn 08 giờ làm việc/)).toBeTruthy();
    expect(row("Hạn xử lý hiện tại").textContent).toContain("05/03/2026 10:00");
    expect(row("Hạn xử lý mới (dự kiến)").textContent).toContain("—");
    expect(calls).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText("Loại gia hạn"), { target: { value: "3" } });
    await waitFor(() => expect(row("Hạn xử lý mới (dự kiến)").textContent).toContain("10/03/2026 10:00"), WAIT);
    await chooseOption(within(dialog).getAllByLabelText("Loại thời gian")[0], "Giờ");
    await waitFor(() => expect(row("Hạn xử lý mới (dự kiến)").textContent).toContain("05/03/2026 13:00"), WAIT);

    expect(calls.map((call) => Object.fromEntries(call.query))).toEqual([
      { from: "2026-03-05T03:00:00Z", amount: "3", unit: "DAYS" },
      { from: "2026-03-05T03:00:00Z", amount: "3", unit: "HOURS" },
    ]);
  });

  it("counts the extension from now when the current deadline has passed, as the backend does", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-06T02:00:00Z"));
    const calls = stubApi((call) => (call.path === "/api/v1/calendar/deadline" ? json({ deadline: "2026-03-09T02:00:00Z" }) : undefined));
    renderAt("/", "/", <AppointmentDialog open deadline="2026-03-05T03:00:00Z" pending={false} onCancel={() => undefined} onSubmit={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    fireEvent.change(within(dialog).getByLabelText("Loại gia hạn"), { target: { value: "1" } });
    await within(dialog).findByText("09/03/2026 09:00", {}, WAIT);
    expect(Object.fromEntries(calls[0].query)).toEqual({ from: "2026-03-06T02:00:00.000Z", amount: "1", unit: "DAYS" });
  });
});
