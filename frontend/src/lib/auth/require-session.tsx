import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";

import { FullPageSpin } from "@/components/full-page-spin";

import { useSessionState } from "./session";

/**
 * Lets a page render only inside a session. An officer who must change the password goes to the change-password
 * page, and nowhere else, until they have.
 */
export function RequireSession({ children, forPasswordChange = false }: { children: ReactNode; forPasswordChange?: boolean }) {
  const { session, restored } = useSessionState();
  const location = useLocation();
  if (!restored) return <FullPageSpin />;
  if (!session) return <Navigate to="/login" replace state={forPasswordChange ? null : { from: location.pathname }} />;
  if (session.passwordChangeRequired && !forPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}
