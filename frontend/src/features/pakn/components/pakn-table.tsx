import { Table, Tooltip } from "antd";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";

import { Secondary, TitleCell } from "@/components/row-text";
import { formatDate } from "@/lib/format-date";
import { openableRow } from "@/lib/openable-row";
import { NUMBERED_ROWS } from "@/lib/paging";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import type { PaknRow } from "../api/get-pakn-list";
import { formatTotal, type PaknFilters, PAGE_SIZES, sortOrderOf, sortParam } from "../lib/filters";
import { indexColumn, openColumn, TABLE_MIN_WIDTH } from "./list-columns";
import { ProgressTag, StatusTag } from "./pakn-tags";

type Props = {
  rows: PaknRow[];
  loading: boolean;
  filters: PaknFilters;
  total: number;
  totalExact: boolean;
  totalEstimated?: boolean;
  onChange: (change: Pick<PaknFilters, "page" | "size" | "sort">) => void;
  onOpen: (row: PaknRow) => void;
};

/** The manual's table; a double click, or Enter on a focused row, opens the detail. */
export function PaknTable({ rows, loading, filters, total, totalExact, totalEstimated = false, onChange, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  // on a phone: the title (with its code, status, progress and date) and the open button; the rest from md up
  const narrow = usePhone();
  const sorted = (field: string) => ({ sorter: true, sortOrder: sortOrderOf(filters.sort, field), key: field });

  const columns: ColumnsType<PaknRow> = [
    indexColumn(t("pakn.columns.index"), filters.page, filters.size),
    {
      title: t("pakn.fields.title"),
      dataIndex: "title",
      ...sorted("title"),
      render: (title: string, row) => (
        <TitleCell
          title={title}
          code={row.code}
          phone={
            narrow && (
              <>
                <StatusTag status={row.status} />
                <ProgressTag progress={row.progress} />
                <Secondary>{formatDate(row.reportedAt, "date")}</Secondary>
              </>
            )
          }
        />
      ),
    },
    { title: t("pakn.fields.category"), dataIndex: "categoryName", ...FROM_MD, width: 124, ellipsis: true },
    {
      title: t("pakn.fields.reportedAt"),
      dataIndex: "reportedAt",
      ...FROM_MD,
      width: 104,
      ...sorted("reportedAt"),
      render: (value: string) => formatDate(value, "date"),
    },
    { title: t("pakn.fields.location"), dataIndex: "location", ...FROM_MD, width: 140, ellipsis: true },
    { title: t("pakn.columns.task"), dataIndex: "task", ...FROM_MD, width: 150, ellipsis: true },
    { title: t("pakn.fields.status"), dataIndex: "status", ...FROM_MD, width: 112, render: (status: string) => <StatusTag status={status} /> },
    {
      title: t("pakn.fields.progress"),
      dataIndex: "progress",
      ...FROM_MD,
      width: 150,
      ...sorted("deadline"),
      render: (progress: string | undefined, row) => (
        <Tooltip title={row.deadline ? `${t("pakn.fields.deadline")}: ${formatDate(row.deadline)}` : undefined}>
          <span>
            <ProgressTag progress={progress} />
          </span>
        </Tooltip>
      ),
    },
    openColumn(t("common.actions"), narrow, onOpen),
  ];

  return (
    <Table<PaknRow>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={narrow ? undefined : { x: TABLE_MIN_WIDTH }}
      onRow={openableRow(onOpen)}
      onChange={(pagination, _filters, sorter) => {
        const { columnKey, order } = sorter as SorterResult<PaknRow>;
        const sort = sortParam(columnKey === undefined ? undefined : String(columnKey), order);
        const sortChanged = sort !== filters.sort;
        onChange({
          sort,
          size: pagination.pageSize ?? filters.size,
          page: sortChanged || pagination.pageSize !== filters.size ? 1 : (pagination.current ?? 1),
        });
      }}
      pagination={{
        current: filters.page,
        pageSize: filters.size,
        total: Math.min(total, NUMBERED_ROWS),
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: () => t("pakn.total", { total: formatTotal(total, totalExact, i18n.language === "en" ? "en-US" : "vi-VN", totalEstimated) }),
      }}
    />
  );
}
