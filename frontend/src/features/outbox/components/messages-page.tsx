import { Card, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { OutboxTab } from "./outbox-tab";
import { SentSmsTab } from "./sent-sms-tab";
import { TemplatesTab } from "./templates-tab";

/** Tin nhắn đã gửi, the outbox with its dead letters, and the message templates. */
export function MessagesPage() {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("outbox.title")}
        </Typography.Title>
      }
    >
      <Tabs
        destroyOnHidden
        items={[
          { key: "sms", label: t("outbox.sentSms"), children: <SentSmsTab /> },
          { key: "outbox", label: t("outbox.queue"), children: <OutboxTab /> },
          { key: "templates", label: t("outbox.templates"), children: <TemplatesTab /> },
        ]}
      />
    </Card>
  );
}
