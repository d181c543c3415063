import { Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

import { TitleCell } from "@/components/row-text";
import { formatDate } from "@/lib/format-date";
import { openableRow } from "@/lib/openable-row";
import { NUMBERED_ROWS } from "@/lib/paging";

import { useListReport } from "../api/get-reports";
import type { ListRow } from "../api/types";
import { useListFilters } from "../hooks/use-report-filters";
import { PAGE_SIZES, sortFrom, sortOrderOf } from "../lib/filters";
import { formatCount } from "../lib/format";
import { ReportPage } from "./report-page";

/** Danh sách: every field of each PAKN, a page at a time; a double click, or Enter on a row, opens the PAKN. */
export function ListReportPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { ready, forcedUnitId, filters, update } = useListFilters();
  const query = useListReport(filters, ready);
  const page = query.data;
  const open = (row: ListRow) => navigate(`/pakn/${row.id}`);

  const text = (value: string | null | undefined) => value ?? "";
  const columns: ColumnsType<ListRow> = [
    { title: t("statistics.columns.index"), key: "index", width: 60, align: "right", render: (_, __, index) => (filters.page - 1) * filters.size + index + 1 },
    { title: t("statistics.list.reporterName"), dataIndex: "reporterName", width: 160, render: text },
    { title: t("statistics.list.reporterPhone"), dataIndex: "reporterPhone", width: 130, render: text },
    { title: t("statistics.list.reportedUnit"), dataIndex: "reportedUnitName", width: 180, render: text },
    {
      title: t("statistics.list.title"),
      dataIndex: "title",
      width: 260,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, "title"),
      render: (title: string, row) => <TitleCell title={title} code={row.code} />,
    },
    { title: t("statistics.list.location"), dataIndex: "locationText", width: 200, ellipsis: true, render: text },
    {
      title: t("statistics.list.reportedAt"),
      dataIndex: "reportedAt",
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, "reportedAt"),
      render: (value: string) => formatDate(value, "date"),
    },
    { title: t("statistics.list.category"), dataIndex: "categoryName", width: 160 },
    { title: t("statistics.list.channel"), dataIndex: "channelName", width: 150 },
    {
      title: t("statistics.list.identity"),
      dataIndex: "identityDisclosed",
      width: 110,
      render: (disclosed: boolean) => t(disclosed ? "statistics.parts.disclosed" : "statistics.parts.anonymous"),
    },
    { title: t("statistics.list.status"), dataIndex: "statusLabel", width: 120, render: (label: string) => <Tag>{label}</Tag> },
    { title: t("statistics.list.mainUnit"), dataIndex: "mainUnitName", width: 180, render: text },
    {
      title: t("statistics.list.deadline"),
      dataIndex: "deadline",
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(filters.sort, "deadline"),
      render: (value: string | null) => formatDate(value),
    },
    { title: t("statistics.list.progress"), dataIndex: "progressLabel", width: 150, render: text },
    { title: t("statistics.list.completedAt"), dataIndex: "completedAt", width: 140, render: (value: string | null) => formatDate(value) },
    { title: t("statistics.list.rating"), dataIndex: "ratingLabel", width: 130, render: text },
  ];

  return (
    <ReportPage
      report="list"
      filters={filters}
      forcedUnitId={forcedUnitId}
      onSearch={(fields) => update({ ...fields, sort: filters.sort, page: 1, size: filters.size })}
      state={{ loading: !page, error: query.error, empty: page?.total === 0, retry: () => void query.refetch() }}
    >
      <Table<ListRow>
        size="small"
        bordered
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 2400 }}
        onRow={openableRow(open)}
        onChange={(pagination, _filters, sorter, { action }) => {
          if (action === "sort") {
            const column = Array.isArray(sorter) ? sorter[0] : sorter;
            update({ ...filters, sort: sortFrom(column?.field as string | undefined, column?.order), page: 1 });
            return;
          }
          update({
            ...filters,
            size: pagination.pageSize ?? filters.size,
            page: pagination.pageSize !== filters.size ? 1 : (pagination.current ?? 1),
          });
        }}
        pagination={{
          current: filters.page,
          pageSize: filters.size,
          total: Math.min(page?.total ?? 0, NUMBERED_ROWS),
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: () =>
            t(page?.totalExact === false ? "common.totalAtLeast" : "common.total", { total: formatCount(page?.total ?? 0, i18n.language) }),
        }}
      />
    </ReportPage>
  );
}
