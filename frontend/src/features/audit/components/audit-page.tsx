import { Card, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { type AuditFilter, useAuditEvents } from "@/features/audit/api/get-audit-events";
import { AuditEventsTable } from "@/features/audit/components/audit-events-table";
import { AuditFilters } from "@/features/audit/components/audit-filters";

const PAGE_SIZE = 50;

/** Nhật ký hệ thống: who signed in, changed an account or a unit, and when, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({ page: 0, size: PAGE_SIZE });
  const events = useAuditEvents(filter);

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("audit.title")}
        </Typography.Title>
      }
    >
      <AuditFilters onSearch={(values) => setFilter({ ...values, page: 0, size: filter.size })} />
      <AuditEventsTable
        events={events.data?.items ?? []}
        loading={events.isFetching}
        page={filter.page ?? 0}
        size={filter.size ?? PAGE_SIZE}
        total={events.data?.total ?? 0}
        totalExact={events.data?.totalExact ?? true}
        onPage={(page, size) => setFilter({ ...filter, page, size })}
      />
    </Card>
  );
}
