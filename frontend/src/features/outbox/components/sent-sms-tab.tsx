import { Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Details, PhoneSummary } from "@/components/row-text";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { type SentSms, useSentSms } from "../api/sent-sms";

/** Tin nhắn đã gửi: the SMS the built-in gateway recorded, newest first. */
export function SentSmsTab() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const sms = useSentSms(page.page, page.size);
  // on a phone one column: the text, with its time, number and sender under it
  const phone = usePhone();

  return (
    <Table<SentSms>
      rowKey="id"
      size="small"
      loading={sms.isFetching}
      dataSource={sms.data?.items ?? []}
      scroll={phone ? undefined : { x: true }}
      pagination={{
        current: page.page + 1,
        pageSize: page.size,
        total: sms.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t("common.total", { total }),
        onChange: (current, size) => setPage({ page: current - 1, size }),
      }}
      columns={[
        { key: "sentAt", title: t("outbox.sentAt"), ...FROM_MD, width: 150, render: (_, row) => formatDate(row.sentAt) },
        { key: "phone", title: t("outbox.phone"), dataIndex: "phone", ...FROM_MD, width: 140 },
        { key: "sender", title: t("outbox.sender"), dataIndex: "sender", ...FROM_MD, width: 120 },
        {
          key: "body",
          title: t("outbox.body"),
          render: (_, row) => (
            <>
              {row.body}
              {phone && (
                <PhoneSummary>
                  <Details of={[formatDate(row.sentAt), row.phone, row.sender]} />
                </PhoneSummary>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
