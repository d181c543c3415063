import { describe, expect, it } from "vitest";

import { appointmentFiltersFromQuery, appointmentFiltersToQuery } from "./appointment-filters";

describe("Phiếu hẹn xử lý filters", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const filters = { q: "đất đai", state: "PENDING" as const, page: 2, size: 50 };
    const query = appointmentFiltersToQuery(filters);
    expect(query.toString()).toBe("q=%C4%91%E1%BA%A5t+%C4%91ai&state=PENDING&page=2&size=50");
    expect(appointmentFiltersFromQuery(query)).toEqual(filters);
    expect(appointmentFiltersToQuery({ page: 1, size: 20 }).toString()).toBe("");
  });

  it("drops what a hand-edited link got wrong", () => {
    expect(appointmentFiltersFromQuery(new URLSearchParams("q=%20%20&state=LATER&page=0&size=7"))).toEqual({
      q: undefined,
      state: undefined,
      page: 1,
      size: 20,
    });
  });
});
