import dayjs, { type Dayjs } from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";

import type { components } from "@/lib/api/schema";

export type ScheduleView = components["schemas"]["ScheduleView"];
export type ScheduleRequest = components["schemas"]["ScheduleRequest"];
export type CalendarDay = components["schemas"]["CalendarDay"];

export const DAYS_OF_WEEK = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** A working period as the form holds it: TimePicker.RangePicker's pair of times. */
export type PeriodRange = [Dayjs | null, Dayjs | null] | null | undefined;

export type ScheduleFormValues = {
  name: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  days: Record<DayOfWeek, PeriodRange[] | undefined>;
};

dayjs.extend(customParseFormat);

const TIME = "HH:mm";

/** "07:30:00" (the API's LocalTime) or "07:30" → minutes since midnight. */
function minutes(time: string): number {
  const [hours, mins] = time.split(":").map(Number);
  return hours * 60 + mins;
}

/** Why a day's periods cannot be saved (an i18n key), or undefined: each must end after it starts, none may overlap. */
export function periodsProblem(periods: readonly PeriodRange[]): string | undefined {
  if (periods.some((period) => !period?.[0] || !period[1])) return "calendar.periodIncomplete";
  const sorted = periods
    .map((period) => [minutes(period![0]!.format(TIME)), minutes(period![1]!.format(TIME))] as const)
    .sort((a, b) => a[0] - b[0]);
  if (sorted.some(([start, end]) => start >= end)) return "calendar.periodEndsBeforeStart";
  if (sorted.some(([start], i) => i > 0 && start <= sorted[i - 1][1])) return "calendar.periodsOverlap";
  return undefined;
}

/** Why the validity range cannot be saved (an i18n key), or undefined. */
export function rangeProblem(validFrom: Dayjs | null | undefined, validTo: Dayjs | null | undefined): string | undefined {
  return validFrom && validTo && validTo.isBefore(validFrom, "day") ? "calendar.rangeEndsBeforeStart" : undefined;
}

export function toScheduleRequest(values: ScheduleFormValues, version?: number): ScheduleRequest {
  const days: ScheduleRequest["days"] = {};
  for (const day of DAYS_OF_WEEK) {
    const periods = (values.days?.[day] ?? []).filter((period) => period?.[0] && period[1]);
    if (periods.length > 0) days[day] = periods.map((period) => ({ start: period![0]!.format(TIME), end: period![1]!.format(TIME) }));
  }
  return {
    name: values.name.trim(),
    validFrom: values.validFrom.format("YYYY-MM-DD"),
    validTo: values.validTo ? values.validTo.format("YYYY-MM-DD") : undefined,
    days,
    version,
  };
}

export function toFormValues(schedule: ScheduleView): ScheduleFormValues {
  const days = {} as ScheduleFormValues["days"];
  for (const day of DAYS_OF_WEEK) {
    days[day] = (schedule.days[day] ?? []).map((period) => [dayjs(period.start, "HH:mm:ss"), dayjs(period.end, "HH:mm:ss")]);
  }
  return {
    name: schedule.name,
    validFrom: dayjs(schedule.validFrom),
    validTo: schedule.validTo ? dayjs(schedule.validTo) : null,
    days,
  };
}

/** The standard week of Vietnamese public administration, offered for a new schedule. */
export function standardWeek(): ScheduleFormValues["days"] {
  const period = (start: string, end: string): PeriodRange => [dayjs(start, TIME), dayjs(end, TIME)];
  const days = {} as ScheduleFormValues["days"];
  for (const day of DAYS_OF_WEEK) {
    days[day] = day === "SATURDAY" || day === "SUNDAY" ? [] : [period("07:30", "11:30"), period("13:30", "17:00")];
  }
  return days;
}

/** "07:30–11:30, 13:30–17:00" */
export function describePeriods(periods: readonly { start: string; end: string }[] | undefined): string {
  return (periods ?? []).map((period) => `${period.start.slice(0, 5)}–${period.end.slice(0, 5)}`).join(", ");
}

/** Why a day cannot be added to `kind` (an i18n key), or undefined: a day is at most once a holiday or a compensatory day. */
export function dayProblem(day: Dayjs | null | undefined, kind: "holiday" | "compensatory", holidays: readonly CalendarDay[], compensatory: readonly CalendarDay[]) {
  if (!day) return undefined;
  const iso = day.format("YYYY-MM-DD");
  const same = kind === "holiday" ? holidays : compensatory;
  const other = kind === "holiday" ? compensatory : holidays;
  if (same.some((entry) => entry.day === iso)) return "calendar.dayExists";
  if (other.some((entry) => entry.day === iso)) return "calendar.dayClash";
  if (kind === "compensatory" && day.day() !== 0 && day.day() !== 6) return "calendar.compensatoryOnWeekday";
  return undefined;
}
