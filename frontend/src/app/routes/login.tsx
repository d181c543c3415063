import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";

import { FullPageSpin } from "@/components/full-page-spin";
import { AuthLayout } from "@/components/layouts/auth-layout";
import { LoginForm } from "@/features/auth/components/login-form";
import { useSessionState } from "@/lib/auth/session";

export function LoginRoute() {
  const { t } = useTranslation();
  const { session, endReason, restored } = useSessionState();
  const from = (useLocation().state as { from?: string } | null)?.from;

  if (!restored) return <FullPageSpin />;
  if (session) return <Navigate to={session.passwordChangeRequired ? "/change-password" : (from ?? "/")} replace />;
  return (
    <AuthLayout title={t("auth.loginTitle")}>
      <LoginForm endReason={endReason} />
    </AuthLayout>
  );
}
