import { Empty, List, Segmented, Spin, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useHistory } from "../api/get-workflow";
import { type HistoryEntry, historyHeading, type HistoryOrder, historyRows, inOrder } from "../lib/history";

/** One entry of Lịch sử: who changed what and when, with Trường / Giá trị cũ / Giá trị mới. */
export function HistoryEntryView({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const rows = historyRows(entry, "—");
  return (
    <div style={{ width: "100%" }}>
      <Typography.Text strong>{historyHeading(entry, t("workflow.history.changed"))}</Typography.Text>{" "}
      <Tag>{entry.actionLabel}</Tag>
      {entry.notifyNext && <Tag color="blue">{t("workflow.history.notified")}</Tag>}
      {entry.reasonLabel && (
        <div>
          {t("workflow.reason")}: {entry.reasonLabel}
        </div>
      )}
      {entry.comment && <Typography.Paragraph style={{ margin: "4px 0", whiteSpace: "pre-wrap" }}>{entry.comment}</Typography.Paragraph>}
      {rows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          style={{ marginTop: 4 }}
          dataSource={rows}
          columns={[
            { title: t("workflow.history.field"), dataIndex: "label", width: "25%" },
            { title: t("workflow.history.oldValue"), dataIndex: "oldValue", width: "37%" },
            { title: t("workflow.history.newValue"), dataIndex: "newValue" },
          ]}
        />
      )}
    </div>
  );
}

export function HistoryTab({ paknId }: { paknId: number }) {
  const { t } = useTranslation();
  const history = useHistory(paknId);
  const [order, setOrder] = useState<HistoryOrder>("newest");
  if (history.isPending) return <Spin />;
  const entries = inOrder(history.data ?? [], order);
  if (entries.length === 0) return <Empty />;
  return (
    <>
      <Segmented<HistoryOrder>
        size="small"
        value={order}
        onChange={setOrder}
        options={[
          { value: "newest", label: t("workflow.history.newest") },
          { value: "oldest", label: t("workflow.history.oldest") },
        ]}
      />
      <List
        dataSource={entries}
        rowKey="id"
        renderItem={(entry) => (
          <List.Item>
            <HistoryEntryView entry={entry} />
          </List.Item>
        )}
      />
    </>
  );
}
