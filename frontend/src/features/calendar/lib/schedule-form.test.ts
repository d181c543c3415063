import dayjs from "dayjs";
import { describe, expect, it } from "vitest";

import {
  dayProblem,
  describePeriods,
  periodsProblem,
  rangeProblem,
  standardWeek,
  toFormValues,
  toScheduleRequest,
  type PeriodRange,
} from "./schedule-form";

const at = (time: string) => dayjs(time, "HH:mm");
const period = (start: string, end: string): PeriodRange => [at(start), at(end)];

describe("schedule form", () => {
  it("accepts ordered periods in any order of entry and refuses empty, reversed or overlapping ones", () => {
    expect(periodsProblem([period("13:30", "17:00"), period("07:30", "11:30")])).toBeUndefined();
    expect(periodsProblem([])).toBeUndefined();
    expect(periodsProblem([[at("08:00"), null]])).toBe("calendar.periodIncomplete");
    expect(periodsProblem([period("11:30", "07:30")])).toBe("calendar.periodEndsBeforeStart");
    expect(periodsProblem([period("07:30", "11:30"), period("11:00", "17:00")])).toBe("calendar.periodsOverlap");
    expect(periodsProblem([period("07:30", "11:30"), period("11:30", "17:00")])).toBe("calendar.periodsOverlap");
  });

  it("refuses a validity range that ends before it starts; an open end is fine", () => {
    expect(rangeProblem(dayjs("2026-05-01"), dayjs("2026-04-30"))).toBe("calendar.rangeEndsBeforeStart");
    expect(rangeProblem(dayjs("2026-05-01"), dayjs("2026-05-01"))).toBeUndefined();
    expect(rangeProblem(dayjs("2026-05-01"), null)).toBeUndefined();
  });

  it("turns the form into the API's request and back, leaving out days without periods", () => {
    const request = toScheduleRequest({ name: " Lịch mùa hè ", validFrom: dayjs("2026-05-01"), validTo: null, days: standardWeek() }, 3);
    expect(request).toEqual({
      name: "Lịch mùa hè",
      validFrom: "2026-05-01",
      validTo: undefined,
      version: 3,
      days: Object.fromEntries(
        ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => [day, [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }]]),
      ),
    });
    const values = toFormValues({ id: 1, name: "Lịch", validFrom: "2026-05-01", validTo: "2026-09-30", version: 0, days: { SATURDAY: [{ start: "08:00:00", end: "11:00:00" }] } });
    expect(values.validTo?.format("YYYY-MM-DD")).toBe("2026-09-30");
    expect(values.days.MONDAY).toEqual([]);
    expect(toScheduleRequest(values).days).toEqual({ SATURDAY: [{ start: "08:00", end: "11:00" }] });
  });

  it("describes a day's hours", () => {
    expect(describePeriods([{ start: "07:30:00", end: "11:30:00" }, { start: "13:30:00", end: "17:00:00" }])).toBe("07:30–11:30, 13:30–17:00");
    expect(describePeriods(undefined)).toBe("");
  });

  it("refuses a day twice, a holiday that is a compensatory day, and a compensatory weekday", () => {
    const holidays = [{ day: "2026-09-02", name: "Quốc khánh" }];
    const compensatory = [{ day: "2026-01-10", name: "Làm bù" }];
    expect(dayProblem(dayjs("2026-09-02"), "holiday", holidays, compensatory)).toBe("calendar.dayExists");
    expect(dayProblem(dayjs("2026-01-10"), "holiday", holidays, compensatory)).toBe("calendar.dayClash");
    expect(dayProblem(dayjs("2026-09-02"), "compensatory", holidays, compensatory)).toBe("calendar.dayClash");
    expect(dayProblem(dayjs("2026-03-04"), "compensatory", holidays, compensatory)).toBe("calendar.compensatoryOnWeekday");
    expect(dayProblem(dayjs("2026-03-07"), "compensatory", holidays, compensatory)).toBeUndefined();
    expect(dayProblem(dayjs("2026-03-04"), "holiday", holidays, compensatory)).toBeUndefined();
  });
});
