import type { AppointmentView, TimeUnit } from "../api/appointments";
import type { AppointmentRequest } from "../api/perform-action";

export const TIME_UNITS: readonly TimeUnit[] = ["DAYS", "HOURS", "MINUTES"];

/** The backend's bound on an extension and a reminder lead (AppointmentRequest, CalendarResource.MAX_AMOUNT). */
export const MAX_AMOUNT = 999;

/** Nội dung nhắc hạn: the manual's default, sent by the backend when the request names none. */
export const DEFAULT_REMINDER_TEXT = "Bạn có phản ánh kiến nghị sắp đến hạn cần xử lý.";

/** What the dialog holds; the amounts are empty until typed. */
export type AppointmentValues = {
  amount?: number | null;
  unit: TimeUnit;
  reminderAmount?: number | null;
  reminderUnit: TimeUnit;
  reason?: string;
  notifyNext?: boolean;
};

/** The dialog opens with the manual's reminder: 24 giờ before the new deadline. */
export const INITIAL_VALUES: AppointmentValues = { unit: "DAYS", reminderAmount: 24, reminderUnit: "HOURS" };

export function toAppointmentRequest(values: AppointmentValues): AppointmentRequest {
  return {
    amount: values.amount ?? 0,
    unit: values.unit,
    reminderAmount: values.reminderAmount ?? 0,
    reminderUnit: values.reminderUnit,
    reason: (values.reason ?? "").trim(),
    notifyNext: values.notifyNext ?? false,
  };
}

const MINUTES: Record<TimeUnit, number> = { DAYS: 24 * 60, HOURS: 60, MINUTES: 1 };

/**
 * Whether the reminder would come before the extension even starts (the backend then reminds as the item turns
 * Sắp đến hạn instead), so the dialog warns. Both amounts are taken as calendar time (a day is 24 h): an estimate,
 * since the extension runs in working time and so lasts at least that long.
 */
export function reminderTooEarly(values: AppointmentValues): boolean {
  if (!values.amount || !values.reminderAmount) return false;
  return values.reminderAmount * MINUTES[values.reminderUnit] >= values.amount * MINUTES[values.unit];
}

export function validAmount(amount: number | null | undefined): amount is number {
  return amount != null && Number.isInteger(amount) && amount >= 1 && amount <= MAX_AMOUNT;
}

/**
 * Where the backend starts the extension: from the current deadline, or from now once that has passed, so that an
 * appointment always leaves the stated time to work.
 */
export function extensionStart(deadline: string, now: Date): string {
  return new Date(deadline) > now ? deadline : now.toISOString();
}

/** The appointment waiting for the leader, if any. */
export function pendingAppointment(appointments: readonly AppointmentView[] | undefined): AppointmentView | undefined {
  return appointments?.find((appointment) => appointment.state === "PENDING");
}
