import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useOutletContext, useSearchParams } from "react-router";

import { useProcess } from "@/features/pakn/workflow/api/get-workflow";
import type { Permissions } from "@/lib/access";

import { type PaknListKind, usePaknList } from "../api/get-pakn-list";
import { filtersFromQuery, filtersToQuery, type PaknFilters } from "../lib/filters";
import { PaknFormModal } from "./pakn-form-modal";
import { PaknSearchForm } from "./pakn-search-form";
import { PaknTable } from "./pakn-table";

/** "Xử lý phản ánh" and "Tất cả phản ánh": the search form, the table, and for operators "Tiếp nhận phản ánh". */
export function PaknList({ kind }: { kind: PaknListKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const permissions = useOutletContext<Permissions | undefined>();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromQuery(searchParams);
  const list = usePaknList(kind, filters);
  const [intake, setIntake] = useState(false);
  const rows = list.data?.items ?? [];
  // every PAKN follows the default process today: its steps are those of any listed item's process
  const steps = useProcess(rows[0]?.id).data?.steps ?? [];

  const update = (next: PaknFilters) => setSearchParams(filtersToQuery(next));

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t(kind === "inbox" ? "menu.paknProcessing" : "menu.paknAll")}
        </Typography.Title>
      }
      extra={
        permissions?.takeInPakn && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIntake(true)}>
            {t("pakn.intake")}
          </Button>
        )
      }
    >
      <PaknSearchForm
        filters={filters}
        steps={steps}
        onSearch={(fields) => update({ ...fields, sort: filters.sort, page: 1, size: filters.size })}
      />
      <PaknTable
        rows={rows}
        loading={list.isFetching}
        filters={filters}
        total={list.data?.total ?? 0}
        totalExact={list.data?.totalExact ?? true}
        totalEstimated={list.data?.totalEstimated ?? false}
        onChange={(change) => update({ ...filters, ...change })}
        onOpen={(row) => navigate(`/pakn/${row.id}`)}
      />
      <PaknFormModal
        open={intake}
        onClose={() => setIntake(false)}
        onSaved={(detail) => navigate(`/pakn/${detail.id}`)}
      />
    </Card>
  );
}
