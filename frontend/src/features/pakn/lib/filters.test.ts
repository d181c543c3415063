import { describe, expect, it } from "vitest";

import { filtersFromQuery, filtersToQuery, formatTotal, sortOrderOf, sortParam } from "./filters";

describe("filters ⇄ query string", () => {
  it("reads every filter of the search form", () => {
    const filters = filtersFromQuery(
      new URLSearchParams("q=o%20nhiem&progress=OVERDUE&channelId=3&categoryId=7&from=2026-01-01&to=2026-01-31&status=IN_PROGRESS&stepId=4&sort=-title&page=3&size=50"),
    );
    expect(filters).toEqual({
      q: "o nhiem",
      progress: "OVERDUE",
      channelId: 3,
      categoryId: 7,
      from: "2026-01-01",
      to: "2026-01-31",
      status: "IN_PROGRESS",
      stepId: 4,
      sort: "-title",
      page: 3,
      size: 50,
    });
  });

  it("drops malformed values and falls back to page 1 of 20", () => {
    const filters = filtersFromQuery(
      new URLSearchParams("q=%20%20&progress=SOON&channelId=-1&categoryId=abc&from=01/01/2026&status=DONE&stepId=0&sort=password&page=0&size=7"),
    );
    expect(filters).toEqual({ page: 1, size: 20 });
  });

  it("writes only what is set, without the defaults", () => {
    expect(filtersToQuery({ page: 1, size: 20 }).toString()).toBe("");
    expect(filtersToQuery({ q: "ô nhiễm", status: "WAITING", page: 2, size: 50 }).toString()).toBe(
      "q=%C3%B4+nhi%E1%BB%85m&status=WAITING&page=2&size=50",
    );
  });

  it("survives a round trip", () => {
    const filters = { q: "rác", categoryId: 2, from: "2026-03-01", sort: "deadline", page: 4, size: 10 };
    expect(filtersFromQuery(filtersToQuery(filters))).toEqual(filters);
  });
});

describe("totals and sort", () => {
  it("shows 10.000+ when the backend stopped counting", () => {
    expect(formatTotal(10000, false)).toBe("10.000+");
    expect(formatTotal(1234, true)).toBe("1.234");
    expect(formatTotal(5929, false, "vi-VN", true)).toBe("≈ 5.929");
  });

  it("maps the sort parameter to the table's order and back", () => {
    expect(sortOrderOf(undefined, "reportedAt")).toBe("descend");
    expect(sortOrderOf("title", "title")).toBe("ascend");
    expect(sortOrderOf("title", "reportedAt")).toBeNull();
    expect(sortParam("title", "descend")).toBe("-title");
    expect(sortParam("code", "ascend")).toBe("code");
    expect(sortParam("code", null)).toBeUndefined();
  });
});
