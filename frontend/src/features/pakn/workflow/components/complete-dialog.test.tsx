import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PaknDetail } from "@/features/pakn/api/get-pakn";
import { renderAt, stubMatchMedia } from "@/testing/render";

import { CompleteDialog } from "./complete-dialog";

const WAIT = { timeout: 10_000 };

function detail(phone: string | null): PaknDetail {
  return {
    result: null,
    reporter: { hidden: false, name: "Nguyễn Văn Thử", phone, idNumber: null, kind: null, address: null, email: null },
  } as unknown as PaknDetail;
}

describe("Xác nhận hoàn thành dialog", { timeout: 120_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("offers to send the answer to the reporter's phone by SMS, and sends the choice", async () => {
    const onSubmit = vi.fn();
    renderAt("/", "/", <CompleteDialog open detail={detail("+84900000001")} pending={false} onCancel={() => undefined} onSubmit={onSubmit} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    fireEvent.change(within(dialog).getByLabelText("Nội dung trả lời công dân"), { target: { value: "Đã trả lời qua điện thoại" } });
    fireEvent.click(within(dialog).getByLabelText("Gửi câu trả lời đến số điện thoại +84900000001 của người phản ánh (SMS)"));
    fireEvent.click(within(dialog).getByRole("button", { name: "Đồng ý" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1), WAIT);
    expect(onSubmit.mock.calls[0][0]).toEqual({ comment: "Đã trả lời qua điện thoại", notifyNext: true });
  });

  it("cannot send a message when the reporter left no phone number", async () => {
    renderAt("/", "/", <CompleteDialog open detail={detail(null)} pending={false} onCancel={() => undefined} onSubmit={vi.fn()} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    expect(within(dialog).getByRole("checkbox").hasAttribute("disabled")).toBe(true);
    within(dialog).getByText("Người phản ánh không để lại số điện thoại: không thể gửi tin nhắn.");
  });
});
