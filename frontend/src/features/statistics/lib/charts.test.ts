import { describe, expect, it } from "vitest";

import { barsHeight, donutOption, stackedBarsOption, weeklyTrendOption } from "./charts";

const parts = [
  { label: "Đúng hạn", color: "#0f0" },
  { label: "Trễ hạn", color: "#f00" },
];

describe("chart options", () => {
  it("draw nothing when nothing was counted", () => {
    expect(donutOption([{ ...parts[0], count: 0, percent: 0 }], "vi")).toBeNull();
    expect(stackedBarsOption([{ name: "Sở A", counts: [0, 0] }], parts)).toBeNull();
    expect(weeklyTrendOption([{ weekStart: "2026-01-05", count: 0 }], "Số lượng")).toBeNull();
  });

  it("label only the slices of the donut that hold something", () => {
    const option = donutOption(
      [
        { ...parts[0], count: 3, percent: 100 },
        { ...parts[1], count: 0, percent: 0 },
      ],
      "vi",
    ) as { series: { data: { name: string; value: number; label?: { show: boolean } }[] }[] };
    expect(option.series[0].data.map((slice) => [slice.name, slice.value, slice.label?.show ?? true])).toEqual([
      ["Đúng hạn", 3, true],
      ["Trễ hạn", 0, false],
    ]);
  });

  it("stack a bar per unit with something counted, in the table's order from the top", () => {
    const option = stackedBarsOption(
      [
        { name: "Sở A", counts: [1, 2] },
        { name: "Sở B", counts: [0, 0] },
        { name: "Sở C", counts: [3, 0] },
      ],
      parts,
    ) as { yAxis: { data: string[] }; series: { name: string; data: number[]; stack: string }[] };
    expect(option.yAxis.data).toEqual(["Sở C", "Sở A"]);
    expect(option.series.map((s) => [s.name, s.data, s.stack])).toEqual([
      ["Đúng hạn", [3, 1], "total"],
      ["Trễ hạn", [0, 2], "total"],
    ]);
  });

  it("label the weeks dd/MM and keep the bars readable", () => {
    const option = weeklyTrendOption([{ weekStart: "2026-03-02", count: 4 }], "Số lượng") as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(["02/03"]);
    expect(barsHeight(1)).toBe(280);
    expect(barsHeight(10)).toBe(340);
    expect(barsHeight(60)).toBe(1400);
  });
});
