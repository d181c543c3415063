import { EditOutlined } from "@ant-design/icons";
import { Button, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Secondary } from "@/components/row-text";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { type MessageTemplate, useTemplates } from "../api/templates";
import { TemplateFormModal } from "./template-form-modal";

/** Mẫu tin nhắn: the Vietnamese texts of every kind of message, editable. */
export function TemplatesTab() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const [editing, setEditing] = useState<MessageTemplate>();
  // on a phone the template's name and subject above its text
  const phone = usePhone();

  return (
    <>
      <Table<MessageTemplate>
        rowKey="code"
        size="small"
        loading={templates.isFetching}
        dataSource={templates.data ?? []}
        pagination={false}
        scroll={phone ? undefined : { x: true }}
        columns={[
          { key: "name", title: t("outbox.templateName"), dataIndex: "name", ...FROM_MD, width: 220 },
          { key: "subject", title: t("outbox.subject"), dataIndex: "subject", ...FROM_MD, width: 260 },
          {
            key: "body",
            title: t("outbox.body"),
            render: (_, template) =>
              phone ? (
                <>
                  <div style={{ fontWeight: 500 }}>{template.name}</div>
                  <Secondary block>{template.subject}</Secondary>
                  {template.body}
                </>
              ) : (
                template.body
              ),
          },
          {
            key: "actions",
            title: t("common.actions"),
            width: phone ? 64 : 80,
            render: (_, template) => <Button type="text" size="small" icon={<EditOutlined />} aria-label={t("common.edit")} onClick={() => setEditing(template)} />,
          },
        ]}
      />
      <TemplateFormModal template={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
