import { describe, expect, it } from "vitest";

import { formatBytes, formatCount, formatPercent } from "./format";

describe("statistics number formats", () => {
  it("show shares with one decimal, the Vietnamese decimal comma and a spaced percent sign", () => {
    expect(formatPercent(12.5)).toBe("12,5\u00a0%");
    expect(formatPercent(100)).toBe("100,0\u00a0%");
    expect(formatPercent(0)).toBe("0,0\u00a0%");
    expect(formatPercent(33.333)).toBe("33,3\u00a0%");
    expect(formatPercent(12.5, "en")).toBe("12.5\u00a0%");
  });

  it("group digits of counts by language", () => {
    expect(formatCount(1234567)).toBe("1.234.567");
    expect(formatCount(1234567, "en")).toBe("1,234,567");
  });

  it("show the bytes received in B, KB and MB", () => {
    expect(formatBytes(850)).toBe("850 B");
    expect(formatBytes(12_595)).toBe("12,3 KB");
    expect(formatBytes(4.5 * 1024 * 1024)).toBe("4,5 MB");
  });
});
