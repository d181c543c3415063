import { describe, expect, it } from "vitest";

import type { AppointmentView } from "../api/appointments";
import { extensionStart, INITIAL_VALUES, pendingAppointment, reminderTooEarly, toAppointmentRequest, validAmount } from "./appointment";

describe("appointment dialog", () => {
  it("sends the typed amounts, a trimmed reason, and leaves the reminder text to the backend's default", () => {
    expect(toAppointmentRequest({ ...INITIAL_VALUES, amount: 3, reason: "  Cần khảo sát thực địa \n" })).toEqual({
      amount: 3,
      unit: "DAYS",
      reminderAmount: 24,
      reminderUnit: "HOURS",
      reason: "Cần khảo sát thực địa",
      notifyNext: false,
    });
  });

  it("warns when the reminder lead is not shorter than the extension", () => {
    expect(reminderTooEarly({ ...INITIAL_VALUES, amount: 2 })).toBe(false);
    expect(reminderTooEarly({ ...INITIAL_VALUES, amount: 1 })).toBe(true);
    expect(reminderTooEarly({ amount: 90, unit: "MINUTES", reminderAmount: 1, reminderUnit: "HOURS" })).toBe(false);
    expect(reminderTooEarly({ amount: 1, unit: "HOURS", reminderAmount: 60, reminderUnit: "MINUTES" })).toBe(true);
    expect(reminderTooEarly({ ...INITIAL_VALUES, amount: null })).toBe(false);
  });

  it("finds the appointment that waits for the leader", () => {
    const slip = (id: number, state: AppointmentView["state"]) => ({ id, state }) as AppointmentView;
    expect(pendingAppointment([slip(2, "REJECTED"), slip(1, "PENDING")])?.id).toBe(1);
    expect(pendingAppointment([slip(2, "APPROVED")])).toBeUndefined();
    expect(pendingAppointment(undefined)).toBeUndefined();
  });

  it("asks the backend for a new deadline only for the amounts it accepts, from the deadline or from now once that passed", () => {
    expect([null, undefined, 0, 1, 2.5, 999, 1000].map(validAmount)).toEqual([false, false, false, true, false, true, false]);
    const now = new Date("2026-03-05T03:00:00Z");
    expect(extensionStart("2026-03-05T03:01:00Z", now)).toBe("2026-03-05T03:01:00Z");
    expect(extensionStart("2026-03-05T03:00:00Z", now)).toBe("2026-03-05T03:00:00.000Z");
  });
});
