import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useOutletContext } from "react-router";

import { homePath } from "@/app/route-table";
import type { Permissions } from "@/lib/access";

export function HomeRoute() {
  const { t } = useTranslation();
  const home = homePath(useOutletContext<Permissions>());
  return home ? <Navigate to={home} replace /> : <Result status="info" title={t("pages.noFunction")} />;
}
