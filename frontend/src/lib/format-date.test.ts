import dayjs from "dayjs";
import { describe, expect, it } from "vitest";

import { dayBoundary, formatDate } from "./format-date";

describe("formatDate", () => {
  it("shows an instant in Asia/Ho_Chi_Minh as dd/MM/yyyy HH:mm, 24 h", () => {
    expect(formatDate("2026-03-05T14:07:09Z")).toBe("05/03/2026 21:07");
    expect(formatDate("2026-03-05T14:07:09Z", "dateTimeSeconds")).toBe("05/03/2026 21:07:09");
  });

  it("moves to the next day past 17:00 UTC", () => {
    expect(formatDate("2026-12-31T17:30:00Z", "date")).toBe("01/01/2027");
  });

  it("does not depend on the offset the instant was written with", () => {
    expect(formatDate("2026-03-05T09:07:00-05:00")).toBe("05/03/2026 21:07");
  });

  it("shows nothing for no value or an invalid one", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("")).toBe("");
    expect(formatDate("not a date")).toBe("");
  });
});

describe("dayBoundary", () => {
  it("gives the instants at which a picked day starts and ends in the province", () => {
    const day = dayjs("2026-03-05");
    expect(dayBoundary(day, "start")).toBe("2026-03-04T17:00:00.000Z");
    expect(dayBoundary(day, "end")).toBe("2026-03-05T16:59:59.999Z");
  });
});
