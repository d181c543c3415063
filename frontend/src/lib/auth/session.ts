import { useSyncExternalStore } from "react";

import type { components } from "@/lib/api/schema";

type LoginResponse = components["schemas"]["LoginResponse"];

/** The signed-in session. The access token lives in memory only; the refresh token is an httpOnly cookie. */
export type Session = {
  accessToken: string;
  passwordChangeRequired: boolean;
};

/** Why the last session ended, so the login page can say so. */
export type EndReason = "logged-out" | "expired" | "password-changed";

type State = { session: Session | null; endReason: EndReason | null; restored: boolean };

let state: State = { session: null, endReason: null, restored: false };
const listeners = new Set<() => void>();

function update(next: Partial<State>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export function getSession(): Session | null {
  return state.session;
}

export function startSession(response: LoginResponse) {
  update({
    session: { accessToken: response.accessToken, passwordChangeRequired: response.passwordChangeRequired },
    endReason: null,
  });
}

export function requirePasswordChange() {
  if (state.session && !state.session.passwordChangeRequired) {
    update({ session: { ...state.session, passwordChangeRequired: true } });
  }
}

export function endSession(reason: EndReason) {
  update({ session: null, endReason: reason });
}

export function markRestored() {
  update({ restored: true });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): State {
  return useSyncExternalStore(subscribe, () => state);
}
