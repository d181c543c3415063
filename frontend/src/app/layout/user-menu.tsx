import { KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

import { useLogout } from "@/features/auth/api/logout";
import type { Me } from "@/lib/access";

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return (words.at(-1)?.[0] ?? "?").toUpperCase();
}

/** The avatar menu of the original: the officer's name, then Đăng xuất. */
export function UserMenu({ me, showName }: { me: Me; showName: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();

  return (
    <Dropdown
      trigger={["click"]}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: "who",
            disabled: true,
            icon: <UserOutlined />,
            label: (
              <div>
                <Typography.Text strong>{me.fullName}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{me.unit.name}</Typography.Text>
              </div>
            ),
          },
          { type: "divider" },
          { key: "change-password", icon: <KeyOutlined />, label: t("header.changePassword") },
          { key: "logout", icon: <LogoutOutlined />, label: t("header.logout"), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === "change-password") navigate("/change-password");
          if (key === "logout") logout.mutate();
        },
      }}
    >
      <Button type="text" aria-label={t("header.account")} data-testid="user-menu" style={{ height: 48 }}>
        <Avatar size="small" style={{ backgroundColor: "#0b5cad" }}>
          {initials(me.fullName)}
        </Avatar>
        {showName && <span>{me.fullName}</span>}
      </Button>
    </Dropdown>
  );
}
