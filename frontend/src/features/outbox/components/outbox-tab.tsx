import { RedoOutlined } from "@ant-design/icons";
import { Button, Segmented, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";

import { OUTBOX_STATUSES, type OutboxFilter, type OutboxMessage, type OutboxStatus, useOutbox, useRetryMessage } from "../api/outbox";

const STATUS_COLOR: Record<OutboxStatus, string> = { DEAD: "red", PENDING: "gold", SENT: "green" };

/** The outbox by state; dead letters (given up after too many failures) can be sent again. */
export function OutboxTab() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OutboxFilter>({ status: "DEAD", page: 0, size: 20 });
  const messages = useOutbox(filter);
  const retry = useRetryMessage();
  const showError = useApiError();

  return (
    <>
      <Segmented
        style={{ marginBottom: 12 }}
        value={filter.status}
        onChange={(status) => setFilter({ ...filter, status: status as OutboxStatus, page: 0 })}
        options={OUTBOX_STATUSES.map((status) => ({ value: status, label: t(`outbox.statuses.${status}`) }))}
      />
      <Table<OutboxMessage>
        rowKey="id"
        size="small"
        loading={messages.isFetching}
        dataSource={messages.data?.items ?? []}
        scroll={{ x: true }}
        pagination={{
          current: (filter.page ?? 0) + 1,
          pageSize: filter.size ?? 20,
          total: messages.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t("common.total", { total }),
          onChange: (page, size) => setFilter({ ...filter, page: page - 1, size }),
        }}
        columns={[
          { key: "createdAt", title: t("outbox.createdAt"), width: 150, render: (_, row) => formatDate(row.createdAt) },
          { key: "channel", title: t("outbox.channel"), width: 110, render: (_, row) => t(`outbox.channels.${row.channel}`, { defaultValue: row.channel }) },
          { key: "recipient", title: t("outbox.recipient"), width: 160, render: (_, row) => row.recipientAddress ?? (row.recipientAccountId ? `#${row.recipientAccountId}` : "") },
          {
            key: "message",
            title: t("outbox.body"),
            render: (_, row) => (
              <>
                {row.subject && <Typography.Text strong>{row.subject}<br /></Typography.Text>}
                {row.body}
                {row.lastError && (
                  <Typography.Paragraph type="danger" style={{ margin: 0, fontSize: 12 }}>
                    {t("outbox.lastError")}: {row.lastError}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          { key: "status", title: t("outbox.status"), width: 120, render: (_, row) => <Tag color={STATUS_COLOR[row.status as OutboxStatus]}>{t(`outbox.statuses.${row.status}`, { defaultValue: row.status })}</Tag> },
          { key: "attempts", title: t("outbox.attempts"), dataIndex: "attempts", width: 80, align: "right" },
          {
            key: "when",
            title: t("outbox.when"),
            width: 150,
            render: (_, row) => formatDate(row.status === "SENT" ? row.sentAt : row.nextAttemptAt),
          },
          {
            key: "actions",
            title: t("common.actions"),
            width: 110,
            render: (_, row) =>
              row.status === "DEAD" ? (
                <Button size="small" icon={<RedoOutlined />} loading={retry.isPending && retry.variables === row.id} onClick={() => retry.mutate(row.id, { onError: (error) => showError(error) })}>
                  {t("outbox.retry")}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
