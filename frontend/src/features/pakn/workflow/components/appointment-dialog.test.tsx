import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { renderAt, stubMatchMedia } from "@/testing/render";

import { AppointmentDialog } from "./appointment-dialog";

const WAIT = { timeout: 10_000 };

describe("Hẹn xử lý dialog", { timeout: 120_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
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
});
