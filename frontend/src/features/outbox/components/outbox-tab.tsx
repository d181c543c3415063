import { RedoOutlined } from "@ant-design/icons";
import { Button, Segmented, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Details, PhoneSummary } from "@/components/row-text";
import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { OUTBOX_STATUSES, type OutboxFilter, type OutboxMessage, type OutboxStatus, useOutbox, useRetryMessage } from "../api/outbox";

const STATUS_COLOR: Record<OutboxStatus, string> = { DEAD: "red", PENDING: "gold", SENT: "green" };

/** The outbox by state; dead letters (given up after too many failures) can be sent again. */
export function OutboxTab() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<OutboxFilter>({ status: "DEAD", page: 0, size: 20 });
  const messages = useOutbox(filter);
  const retry = useRetryMessage();
  const showError = useApiError();
  // on a phone one column: the message with its state, channel, recipient and times around it
  const phone = usePhone();
  const channel = (row: OutboxMessage) => t(`outbox.channels.${row.channel}`, { defaultValue: row.channel });
  const recipient = (row: OutboxMessage) => row.recipientAddress ?? (row.recipientAccountId ? `#${row.recipientAccountId}` : "");
  const status = (row: OutboxMessage) => (
    <Tag color={STATUS_COLOR[row.status as OutboxStatus]}>{t(`outbox.statuses.${row.status}`, { defaultValue: row.status })}</Tag>
  );
  const when = (row: OutboxMessage) => formatDate(row.status === "SENT" ? row.sentAt : row.nextAttemptAt);
  const retryButton = (row: OutboxMessage) =>
    row.status === "DEAD" ? (
      <Button size="small" icon={<RedoOutlined />} loading={retry.isPending && retry.variables === row.id} onClick={() => retry.mutate(row.id, { onError: (error) => showError(error) })}>
        {t("outbox.retry")}
      </Button>
    ) : null;

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
        scroll={phone ? undefined : { x: true }}
        pagination={{
          current: (filter.page ?? 0) + 1,
          pageSize: filter.size ?? 20,
          total: messages.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t("common.total", { total }),
          onChange: (page, size) => setFilter({ ...filter, page: page - 1, size }),
        }}
        columns={[
          { key: "createdAt", title: t("outbox.createdAt"), ...FROM_MD, width: 150, render: (_, row) => formatDate(row.createdAt) },
          { key: "channel", title: t("outbox.channel"), ...FROM_MD, width: 110, render: (_, row) => channel(row) },
          { key: "recipient", title: t("outbox.recipient"), ...FROM_MD, width: 160, render: (_, row) => recipient(row) },
          {
            key: "message",
            title: t("outbox.body"),
            render: (_, row) => (
              <>
                {phone && (
                  <PhoneSummary>
                    {status(row)}
                    <Details of={[channel(row), recipient(row), formatDate(row.createdAt)]} />
                  </PhoneSummary>
                )}
                {row.subject && <Typography.Text strong>{row.subject}<br /></Typography.Text>}
                {row.body}
                {row.lastError && (
                  <Typography.Paragraph type="danger" style={{ margin: 0, fontSize: 12 }}>
                    {t("outbox.lastError")}: {row.lastError}
                  </Typography.Paragraph>
                )}
                {phone && (
                  <PhoneSummary>
                    <Details of={[`${t("outbox.attempts")}: ${row.attempts}`, `${t("outbox.when")}: ${when(row)}`]} />
                    {retryButton(row)}
                  </PhoneSummary>
                )}
              </>
            ),
          },
          { key: "status", title: t("outbox.status"), ...FROM_MD, width: 120, render: (_, row) => status(row) },
          { key: "attempts", title: t("outbox.attempts"), dataIndex: "attempts", ...FROM_MD, width: 80, align: "right" },
          { key: "when", title: t("outbox.when"), ...FROM_MD, width: 150, render: (_, row) => when(row) },
          { key: "actions", title: t("common.actions"), ...FROM_MD, width: 110, render: (_, row) => retryButton(row) },
        ]}
      />
    </>
  );
}
