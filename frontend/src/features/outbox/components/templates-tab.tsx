import { EditOutlined } from "@ant-design/icons";
import { Button, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { type MessageTemplate, useTemplates } from "../api/templates";
import { TemplateFormModal } from "./template-form-modal";

/** Mẫu tin nhắn: the Vietnamese texts of every kind of message, editable. */
export function TemplatesTab() {
  const { t } = useTranslation();
  const templates = useTemplates();
  const [editing, setEditing] = useState<MessageTemplate>();

  return (
    <>
      <Table<MessageTemplate>
        rowKey="code"
        size="small"
        loading={templates.isFetching}
        dataSource={templates.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { key: "name", title: t("outbox.templateName"), dataIndex: "name", width: 220 },
          { key: "subject", title: t("outbox.subject"), dataIndex: "subject", width: 260 },
          { key: "body", title: t("outbox.body"), dataIndex: "body" },
          {
            key: "actions",
            title: t("common.actions"),
            width: 80,
            render: (_, template) => <Button type="text" size="small" icon={<EditOutlined />} aria-label={t("common.edit")} onClick={() => setEditing(template)} />,
          },
        ]}
      />
      <TemplateFormModal template={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
