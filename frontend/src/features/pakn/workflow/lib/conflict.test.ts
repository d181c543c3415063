import { describe, expect, it } from "vitest";

import { ApiError } from "@/lib/api-error";

import { etagOf, isStale } from "./conflict";

const problem = (status: number, code: string) => new ApiError({ type: "about:blank", title: "x", status, code });

describe("ETag and conflicts", () => {
  it("takes the ETag header, or the version's own tag when a proxy dropped it", () => {
    expect(etagOf(new Response(null, { headers: { ETag: '"7"' } }), 7)).toBe('"7"');
    expect(etagOf(new Response(null), 4)).toBe('"4"');
  });

  it("treats 409 stale-version and 412 as 'changed by someone else'", () => {
    expect(isStale(problem(409, "stale-version"))).toBe(true);
    expect(isStale(problem(412, "precondition-failed"))).toBe(true);
  });

  it("leaves the other refusals to the ordinary error message", () => {
    expect(isStale(problem(409, "action-not-allowed"))).toBe(false);
    expect(isStale(problem(403, "pakn-not-your-unit"))).toBe(false);
    expect(isStale(problem(428, "precondition-required"))).toBe(false);
    expect(isStale(new Error("network"))).toBe(false);
  });
});
