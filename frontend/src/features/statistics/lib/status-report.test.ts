import { describe, expect, it } from "vitest";

import { channelRows, columnTotals, statusLabels, unitRows } from "./status-report";

describe("status report tables", () => {
  const byChannel = [
    { channelId: 1, channelName: "Tổng đài 1022", total: 5, counts: [{ status: "COMPLETED" as const, label: "Hoàn thành", count: 3 }, { status: "WAITING" as const, label: "Chờ xử lý", count: 2 }] },
    { channelId: 2, channelName: "Zalo", total: 1, counts: [{ status: "IN_PROGRESS" as const, label: "Đang xử lý", count: 1 }] },
  ];

  it("puts each channel's counts in the order of the statuses, zero where the backend sent none", () => {
    expect(channelRows(byChannel).map((row) => row.counts)).toEqual([
      [0, 2, 0, 0, 3],
      [0, 0, 1, 0, 0],
    ]);
  });

  it("keys the not-routed row of the units, which has no unit id", () => {
    const rows = unitRows([
      { unitId: null, unitName: "Chưa giao đơn vị", total: 2, counts: [{ status: "AWAITING_RECEPTION", label: "Chờ tiếp nhận", count: 2 }] },
      { unitId: 9, unitName: "Sở Y tế", total: 1, counts: [{ status: "APPOINTED", label: "Hẹn xử lý", count: 1 }] },
    ]);
    expect(rows.map((row) => [row.key, row.name, row.counts])).toEqual([
      ["none", "Chưa giao đơn vị", [2, 0, 0, 0, 0]],
      ["9", "Sở Y tế", [0, 0, 0, 1, 0]],
    ]);
  });

  it("sums the columns into the totals row", () => {
    expect(columnTotals(channelRows(byChannel))).toEqual({ total: 6, counts: [0, 2, 1, 0, 3] });
  });

  it("labels statuses as the backend does, with the code when it sent none", () => {
    const labels = statusLabels({ byStatus: [{ status: "WAITING", label: "Chờ xử lý", count: 2, percent: 100 }] });
    expect(labels.WAITING).toBe("Chờ xử lý");
    expect(labels.COMPLETED).toBe("COMPLETED");
  });
});
