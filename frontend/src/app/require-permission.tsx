import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useOutletContext } from "react-router";

import type { Permission, Permissions } from "@/lib/access";

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const permissions = useOutletContext<Permissions>();
  if (!permissions[permission]) {
    return (
      <Result
        status="403"
        title={t("pages.forbidden")}
        extra={
          <Button type="primary" onClick={() => navigate("/")}>
            {t("pages.home")}
          </Button>
        }
      />
    );
  }
  return children;
}
