import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Layout, Result, Spin, theme, Typography } from "antd";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";

import { LanguageSwitch } from "@/components/language-switch";
import { NotificationBell } from "@/features/notifications/components/notification-bell";
import { useMe } from "@/lib/auth/get-me";
import { access, type Me } from "@/lib/access";
import { usePhone } from "@/lib/use-phone";

import { SideMenu } from "./side-menu";
import { UserMenu } from "./user-menu";

const SIDER_WIDTH = 240;

function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ display: "flex", alignItems: "center", gap: 8, color: "inherit" }}>
      <span
        style={{
          background: "#c8102e",
          color: "#fff",
          fontWeight: 800,
          borderRadius: 6,
          padding: "2px 8px",
          fontSize: 18,
          lineHeight: "26px",
          letterSpacing: 1,
        }}
      >
        {t("app.brand")}
      </span>
      {!collapsed && (
        <Typography.Text strong ellipsis style={{ fontSize: 15 }}>
          {t("app.name")}
        </Typography.Text>
      )}
    </Link>
  );
}

function Shell({ me }: { me: Me }) {
  const { t } = useTranslation();
  const mobile = usePhone();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  const permissions = access(me);

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{
          position: "sticky",
          top: 0,
          zIndex: 10,
          display: "flex",
          alignItems: "center",
          gap: 8,
          paddingInline: mobile ? 8 : 16,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          height: 52,
          lineHeight: "52px",
        }}
      >
        <Button
          type="text"
          aria-label={mobile ? t("header.openMenu") : collapsed ? t("header.expandMenu") : t("header.collapseMenu")}
          icon={mobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={() => (mobile ? setDrawerOpen(true) : setCollapsed(!collapsed))}
        />
        <Brand collapsed={mobile} />
        <div style={{ flex: 1 }} />
        <LanguageSwitch compact={mobile} />
        <NotificationBell />
        <UserMenu me={me} showName={!mobile} />
      </Layout.Header>
      <Layout>
        {mobile ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            width={Math.min(SIDER_WIDTH + 40, 300)}
            title={<Brand collapsed />}
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu permissions={permissions} onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            width={SIDER_WIDTH}
            collapsed={collapsed}
            collapsedWidth={56}
            theme="light"
            style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
          >
            <nav aria-label={t("header.mainMenu")}>
              <SideMenu permissions={permissions} />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: mobile ? 8 : 16, minWidth: 0 }}>
          <Suspense fallback={<Spin />}>
            <Outlet context={permissions} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** The signed-in frame: header with language and avatar menu, the vertical menu (a Drawer on a phone), the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isError) {
    return (
      <Result
        status="error"
        title={t("errors.unexpected")}
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>{t("common.retry")}</Button>}
      />
    );
  }
  if (!me.data) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: "100vh" }}>
        <Spin size="large" />
      </Flex>
    );
  }
  return <Shell me={me.data} />;
}
