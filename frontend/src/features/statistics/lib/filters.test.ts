import dayjs from "dayjs";
import { describe, expect, it } from "vitest";

import { defaultPeriod, filtersFromQuery, filtersToQuery, listFiltersFromQuery, scoped, sortFrom, sortOrderOf, toListApiQuery } from "./filters";

const NOW = dayjs("2026-11-28T10:00:00Z");

describe("statistics filters", () => {
  it("default to the current year so far in the province's time zone", () => {
    expect(defaultPeriod(NOW)).toEqual({ from: "2026-01-01", to: "2026-11-28" });
    // 17:30 UTC on 31 December is already 00:30 on New Year's Day in Hanoi
    expect(defaultPeriod(dayjs("2026-12-31T17:30:00Z"))).toEqual({ from: "2027-01-01", to: "2027-01-01" });
  });

  it("read the period, unit, category and channel from the URL", () => {
    const params = new URLSearchParams("from=2026-03-01&to=2026-03-31&unitId=7&categoryId=2&channelId=3");
    expect(filtersFromQuery(params, NOW)).toEqual({ from: "2026-03-01", to: "2026-03-31", unitId: 7, categoryId: 2, channelId: 3 });
  });

  it("drop what is malformed, and a period that ends before it starts", () => {
    expect(filtersFromQuery(new URLSearchParams("from=2026-02-30x&to=2026-03-31&unitId=-1&categoryId=abc&channelId=0"), NOW)).toEqual({
      from: "2026-01-01",
      to: "2026-11-28",
      unitId: undefined,
      categoryId: undefined,
      channelId: undefined,
    });
    expect(filtersFromQuery(new URLSearchParams("from=2026-05-01&to=2026-04-01"), NOW)).toMatchObject(defaultPeriod(NOW));
  });

  it("write only what differs from the defaults, so that a bookmark follows the current year", () => {
    expect(filtersToQuery({ ...defaultPeriod(NOW), unitId: 5 }, NOW).toString()).toBe("unitId=5");
    expect(filtersToQuery({ from: "2026-01-01", to: "2026-06-30", channelId: 2 }, NOW).toString()).toBe("from=2026-01-01&to=2026-06-30&channelId=2");
    expect(filtersToQuery({ ...defaultPeriod(NOW), page: 3, size: 100, status: "WAITING" }, NOW).toString()).toBe("status=WAITING&page=3&size=100");
  });

  it("round-trip through the URL", () => {
    const filters = { from: "2025-02-01", to: "2025-12-31", unitId: 4, categoryId: 9, channelId: 1, status: "COMPLETED" as const, progress: "LATE" as const, sort: "-deadline", page: 2, size: 20 };
    expect(listFiltersFromQuery(filtersToQuery(filters, NOW), NOW)).toEqual(filters);
  });

  it("page Danh sách from 1 on screen and in the API, with sizes and orders the API accepts", () => {
    const filters = listFiltersFromQuery(new URLSearchParams("page=3&size=20&status=BOGUS&sort=rating"), NOW);
    expect(filters).toMatchObject({ page: 3, size: 20, status: undefined, sort: undefined });
    expect(toListApiQuery(filters)).toMatchObject({ page: 3, size: 20 });
    expect(listFiltersFromQuery(new URLSearchParams("size=1000"), NOW).size).toBe(50);
  });

  it("turn a column header's order into the API's sort and back", () => {
    expect(sortFrom("title", "descend")).toBe("-title");
    expect(sortFrom("deadline", "ascend")).toBe("deadline");
    expect(sortFrom("title", null)).toBeUndefined();
    expect(sortFrom("reporterName", "ascend")).toBeUndefined();
    expect(sortOrderOf("-title", "title")).toBe("descend");
    expect(sortOrderOf("-title", "deadline")).toBeNull();
  });

  it("force a unit-scoped officer's unit whatever the URL asks", () => {
    const filters = filtersFromQuery(new URLSearchParams("unitId=99"), NOW);
    expect(scoped(filters, 12).unitId).toBe(12);
    expect(scoped(filters, undefined).unitId).toBe(99);
  });
});
