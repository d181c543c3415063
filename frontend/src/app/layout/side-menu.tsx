import { Menu } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";

import { visibleMenu } from "../route-table";
import type { Permissions } from "@/lib/access";

export function SideMenu({ permissions, onNavigate }: { permissions: Permissions; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const groups = visibleMenu(permissions);

  return (
    <Menu
      mode="inline"
      selectedKeys={[pathname]}
      defaultOpenKeys={groups.map((group) => group.key)}
      onClick={onNavigate}
      style={{ borderInlineEnd: "none" }}
      items={groups.map((group) => ({
        key: group.key,
        icon: group.icon,
        label: t(group.labelKey),
        children: group.routes.map((route) => ({
          key: route.path,
          label: <Link to={route.path}>{t(route.labelKey)}</Link>,
        })),
      }))}
    />
  );
}
