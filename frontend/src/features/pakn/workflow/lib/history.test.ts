import { describe, expect, it } from "vitest";

import { type HistoryEntry, historyHeading, historyRows, inOrder } from "./history";

const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  id: 1,
  actorId: 5,
  actorLabel: "Nguyễn Văn Thử",
  action: "receive",
  actionLabel: "Tiếp nhận",
  occurredAt: "2021-03-08T00:38:52Z",
  notifyNext: false,
  comment: null,
  reason: null,
  reasonLabel: null,
  changes: [],
  ...overrides,
});

describe("history rendering", () => {
  it("heads an entry with the actor and the local time, as the manual", () => {
    expect(historyHeading(entry({}), "đã thay đổi")).toBe("Nguyễn Văn Thử đã thay đổi - 08/03/2021 07:38:52");
  });

  it("names the system for an entry without an actor", () => {
    expect(historyHeading(entry({ actorId: null, actorLabel: "" }), "đã thay đổi")).toBe(
      "Task AutoComplete System đã thay đổi - 08/03/2021 07:38:52",
    );
  });

  it("lists Trường / Giá trị cũ / Giá trị mới, empty values shown as asked", () => {
    const rows = historyRows(
      entry({
        changes: [
          { field: "STEP", label: "Bước", oldValue: "Nhân viên trực", newValue: "Xử lý chuyên ngành" },
          { field: "MAIN_UNIT", label: "Đơn vị xử lý", oldValue: null, newValue: "Sở Thử nghiệm" },
        ],
      }),
      "—",
    );
    expect(rows).toEqual([
      { key: "STEP-0", label: "Bước", oldValue: "Nhân viên trực", newValue: "Xử lý chuyên ngành" },
      { key: "MAIN_UNIT-1", label: "Đơn vị xử lý", oldValue: "—", newValue: "Sở Thử nghiệm" },
    ]);
  });

  it("puts the newest entry first, or the oldest", () => {
    const older = entry({ id: 1, occurredAt: "2021-03-08T00:38:52Z" });
    const newer = entry({ id: 2, occurredAt: "2021-03-27T01:22:20Z" });
    const sameTime = entry({ id: 3, occurredAt: "2021-03-27T01:22:20Z" });
    expect(inOrder([older, newer, sameTime], "newest").map((e) => e.id)).toEqual([3, 2, 1]);
    expect(inOrder([newer, sameTime, older], "oldest").map((e) => e.id)).toEqual([1, 2, 3]);
  });
});
