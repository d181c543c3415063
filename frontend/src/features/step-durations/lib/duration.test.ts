import { describe, expect, it } from "vitest";

import { amountProblem, toAmount, toMinutes } from "./duration";

describe("processing times", () => {
  it("shows minutes in the largest unit that divides them, a working day being the schedule's day", () => {
    expect(toAmount(900, 450)).toEqual({ amount: 2, unit: "DAYS" });
    expect(toAmount(480, 450)).toEqual({ amount: 8, unit: "HOURS" });
    expect(toAmount(90, 450)).toEqual({ amount: 90, unit: "MINUTES" });
    expect(toAmount(480, 480)).toEqual({ amount: 1, unit: "DAYS" });
  });

  it("converts an amount back to working minutes", () => {
    expect(toMinutes(2, "DAYS", 450)).toBe(900);
    expect(toMinutes(8, "HOURS", 450)).toBe(480);
    expect(toMinutes(45, "MINUTES", 450)).toBe(45);
  });

  it("wants a positive whole amount of at most 250 working days", () => {
    expect(amountProblem(undefined, "HOURS", 450)).toBe("stepDurations.amountRequired");
    expect(amountProblem(0, "HOURS", 450)).toBe("stepDurations.amountPositive");
    expect(amountProblem(1.5, "HOURS", 450)).toBe("stepDurations.amountPositive");
    expect(amountProblem(250, "DAYS", 450)).toBeUndefined();
    expect(amountProblem(251, "DAYS", 450)).toBe("stepDurations.amountTooLong");
    expect(amountProblem(250 * 450 + 1, "MINUTES", 450)).toBe("stepDurations.amountTooLong");
  });
});
