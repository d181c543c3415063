import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { HistoryEntryView, HistoryTab } from "./history-tab";

describe("a history entry", () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the actor, the time, the reason and the table Trường / Giá trị cũ / Giá trị mới", () => {
    render(
      <HistoryEntryView
        entry={{
          id: 9,
          actorId: 3,
          actorLabel: "Lê Thị Thử",
          action: "return-to-operator",
          actionLabel: "Chuyển nhân viên trực",
          occurredAt: "2021-03-27T01:22:20Z",
          comment: null,
          reason: "WRONG_JURISDICTION",
          reasonLabel: "Không thuộc thẩm quyền",
          notifyNext: true,
          changes: [
            { field: "STEP", label: "Bước", oldValue: "Xử lý chuyên ngành", newValue: "Nhân viên trực" },
            { field: "MAIN_UNIT", label: "Đơn vị xử lý", oldValue: "Sở Thử nghiệm", newValue: null },
          ],
        }}
      />,
    );
    expect(screen.getByText("Lê Thị Thử đã thay đổi - 27/03/2021 08:22:20")).toBeTruthy();
    expect(screen.getByText("Lý do chuyển trả: Không thuộc thẩm quyền")).toBeTruthy();
    expect(screen.getByText("Đã gửi tin nhắn")).toBeTruthy();
    for (const header of ["Trường", "Giá trị cũ", "Giá trị mới"]) expect(screen.getByText(header)).toBeTruthy();
    const unitRow = screen.getByText("Đơn vị xử lý").closest("tr")!;
    expect(within(unitRow).getByText("Sở Thử nghiệm")).toBeTruthy();
    expect(within(unitRow).getByText("—")).toBeTruthy();
  });
});

describe("Lịch sử", () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const entry = (id: number, actorLabel: string, occurredAt: string) => ({
    id,
    actorId: id,
    actorLabel,
    action: "comment",
    actionLabel: "Ý kiến xử lý",
    occurredAt,
    comment: null,
    reason: null,
    reasonLabel: null,
    notifyNext: false,
    changes: [],
  });

  it("lists the newest entry first, and the oldest first (as the manual) at a click", async () => {
    stubApi((call) =>
      call.path === "/api/v1/pakn/5/history"
        ? json([entry(1, "Nhân viên Trực", "2021-03-08T00:38:52Z"), entry(2, "Chuyên viên Thử", "2021-03-27T01:22:20Z")])
        : undefined,
    );
    renderAt("/", "/", <HistoryTab paknId={5} />);
    const headings = async () =>
      (await screen.findAllByText(/đã thay đổi/, {}, { timeout: 5000 })).map((heading) => heading.textContent);
    expect(await headings()).toEqual(["Chuyên viên Thử đã thay đổi - 27/03/2021 08:22:20", "Nhân viên Trực đã thay đổi - 08/03/2021 07:38:52"]);
    fireEvent.click(screen.getByText("Cũ nhất trước"));
    expect(await headings()).toEqual(["Nhân viên Trực đã thay đổi - 08/03/2021 07:38:52", "Chuyên viên Thử đã thay đổi - 27/03/2021 08:22:20"]);
  });
});
