import { Card, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { LanguageSwitch } from "@/components/language-switch";

/** The frame of the pages outside a session: the 1022 branding, the form, the language switch. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: "100vh", padding: 16, background: "linear-gradient(160deg, #0b5cad 0%, #e8f0fa 55%)" }}
    >
      <Card style={{ width: "100%", maxWidth: 420 }} styles={{ body: { padding: 28 } }}>
        <Flex justify="flex-end" style={{ marginTop: -16, marginRight: -16 }}>
          <LanguageSwitch />
        </Flex>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 20 }}>
          <span
            aria-hidden
            style={{
              background: "#c8102e",
              color: "#fff",
              fontWeight: 800,
              borderRadius: 10,
              padding: "4px 16px",
              fontSize: 34,
              lineHeight: "48px",
              letterSpacing: 2,
            }}
          >
            {t("app.brand")}
          </span>
          <Typography.Text strong style={{ fontSize: 16, textAlign: "center" }}>
            {t("app.name")}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ textAlign: "center" }}>
            {t("app.tagline")}
          </Typography.Text>
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 20, textAlign: "center", marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
