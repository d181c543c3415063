import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { AuthLayout } from "@/components/layouts/auth-layout";
import { ChangePasswordForm } from "@/features/auth/components/change-password-form";
import { useSessionState } from "@/lib/auth/session";

export function ChangePasswordRoute() {
  const { t } = useTranslation();
  const forced = useSessionState().session?.passwordChangeRequired ?? false;
  return (
    <AuthLayout title={t("auth.changePasswordTitle")}>
      <ChangePasswordForm forced={forced} />
      {!forced && (
        <Link to="/" style={{ display: "inline-block", marginTop: 12 }}>
          <ArrowLeftOutlined /> {t("common.back")}
        </Link>
      )}
    </AuthLayout>
  );
}
