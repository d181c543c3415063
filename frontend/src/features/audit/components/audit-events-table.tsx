import { Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import { Details, PhoneSummary } from "@/components/row-text";
import type { AuditEvent } from "@/features/audit/api/get-audit-events";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

type Props = {
  events: AuditEvent[];
  loading: boolean;
  page: number;
  size: number;
  total: number;
  totalExact: boolean;
  onPage: (page: number, size: number) => void;
};

function describe(details: unknown): string {
  if (details === null || details === undefined || details === "") return "";
  return typeof details === "string" ? details : JSON.stringify(details);
}

export function AuditEventsTable({ events, loading, page, size, total, totalExact, onPage }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const action = (event: AuditEvent) => t(`audit.actions.${event.action}`, { defaultValue: event.action });
  const target = (event: AuditEvent) => [event.targetType, event.targetId].filter(Boolean).join(" #");
  // on a phone: the action with its time, actor, target and address under it; the details when the row is opened
  const columns: ColumnsType<AuditEvent> = [
    { title: t("audit.occurredAt"), dataIndex: "occurredAt", key: "occurredAt", ...FROM_MD, width: 160, render: (value: string) => formatDate(value, "dateTimeSeconds") },
    {
      title: t("audit.action"),
      key: "action",
      width: phone ? undefined : 200,
      render: (_, event) =>
        phone ? (
          <>
            {action(event)}
            <PhoneSummary>
              <Details of={[formatDate(event.occurredAt, "dateTimeSeconds"), event.actorLabel, target(event), event.ip]} />
            </PhoneSummary>
          </>
        ) : (
          action(event)
        ),
    },
    { title: t("audit.actor"), dataIndex: "actorLabel", key: "actor", ...FROM_MD, width: 200 },
    { title: t("audit.target"), key: "target", ...FROM_MD, width: 160, render: (_, event) => target(event) },
    { title: t("audit.ip"), dataIndex: "ip", key: "ip", ...FROM_MD, width: 130 },
    {
      title: t("audit.details"),
      key: "details",
      ...FROM_MD,
      render: (_, event) => (
        <Typography.Text ellipsis={{ tooltip: event.userAgent }} style={{ maxWidth: 420 }}>
          {describe(event.details)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={events}
      scroll={phone ? undefined : { x: 1100 }}
      expandable={{
        expandedRowRender: (event) => (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
            <b>{t("audit.userAgent")}:</b> {event.userAgent}
            {"\n"}
            <b>{t("audit.details")}:</b> {describe(event.details)}
          </Typography.Paragraph>
        ),
      }}
      pagination={{
        current: page + 1,
        pageSize: size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (count) => t(totalExact ? "common.total" : "common.totalAtLeast", { total: count.toLocaleString("vi-VN") }),
        onChange: (current, pageSize) => onPage(current - 1, pageSize),
      }}
    />
  );
}
