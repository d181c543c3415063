export type TimeUnit = "DAYS" | "HOURS" | "MINUTES";
export const TIME_UNITS: readonly TimeUnit[] = ["DAYS", "HOURS", "MINUTES"];

/** As the backend: about a working year is the most a step may take. */
export const MAX_WORKING_DAYS = 250;

export function unitMinutes(unit: TimeUnit, workingDayMinutes: number): number {
  return unit === "DAYS" ? workingDayMinutes : unit === "HOURS" ? 60 : 1;
}

export function toMinutes(amount: number, unit: TimeUnit, workingDayMinutes: number): number {
  return amount * unitMinutes(unit, workingDayMinutes);
}

/** The largest unit that expresses `minutes` exactly: 900 → 2 DAYS (of 450), 480 → 8 HOURS, 90 → 90 MINUTES. */
export function toAmount(minutes: number, workingDayMinutes: number): { amount: number; unit: TimeUnit } {
  const unit = TIME_UNITS.find((candidate) => minutes % unitMinutes(candidate, workingDayMinutes) === 0) ?? "MINUTES";
  return { amount: minutes / unitMinutes(unit, workingDayMinutes), unit };
}

/** Why an amount cannot be saved (an i18n key), or undefined. */
export function amountProblem(amount: number | null | undefined, unit: TimeUnit, workingDayMinutes: number): string | undefined {
  if (amount === null || amount === undefined) return "stepDurations.amountRequired";
  if (!Number.isInteger(amount) || amount <= 0) return "stepDurations.amountPositive";
  if (toMinutes(amount, unit, workingDayMinutes) > MAX_WORKING_DAYS * workingDayMinutes) return "stepDurations.amountTooLong";
  return undefined;
}
