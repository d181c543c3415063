import { EyeOutlined } from "@ant-design/icons";
import { Button, Space, Table, Tooltip } from "antd";
import type { ColumnsType, SorterResult } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";

import { formatDate } from "@/lib/format-date";
import { openableRow } from "@/lib/openable-row";
import { NUMBERED_ROWS } from "@/lib/paging";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import type { PaknRow } from "../api/get-pakn-list";
import { formatTotal, type PaknFilters, PAGE_SIZES, sortOrderOf, sortParam } from "../lib/filters";
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

/**
 * The other columns' widths (908 px) and the title's least (232 px): at 1366–1440 px, an officer's usual screen, the
 * title reads on one or two lines instead of being squeezed while the table scrolls sideways; wider screens give the
 * title the rest.
 */
const TABLE_MIN_WIDTH = 1140;

/** The manual's table; a double click, or Enter on a focused row, opens the detail. */
export function PaknTable({ rows, loading, filters, total, totalExact, totalEstimated = false, onChange, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  // on a phone: the title (with its code, status, progress and date) and the open button; the rest from md up
  const narrow = usePhone();
  const sorted = (field: string) => ({ sorter: true, sortOrder: sortOrderOf(filters.sort, field), key: field });

  const columns: ColumnsType<PaknRow> = [
    {
      title: t("pakn.columns.index"),
      key: "index",
      ...FROM_MD,
      width: 52,
      align: "right",
      render: (_, __, index) => (filters.page - 1) * filters.size + index + 1,
    },
    {
      title: t("pakn.fields.title"),
      dataIndex: "title",
      ...sorted("title"),
      render: (title: string, row) => (
        <>
          <div style={{ fontWeight: 500 }}>{title}</div>
          <div style={{ color: "rgba(0,0,0,0.45)", fontSize: 12 }}>{row.code}</div>
          {narrow && (
            <Space size={4} wrap style={{ marginTop: 4 }}>
              <StatusTag status={row.status} />
              <ProgressTag progress={row.progress} />
              <span style={{ color: "rgba(0,0,0,0.45)", fontSize: 12 }}>{formatDate(row.reportedAt, "date")}</span>
            </Space>
          )}
        </>
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
    {
      title: t("common.actions"),
      key: "actions",
      width: narrow ? 64 : 76,
      align: "center",
      render: (_, row) => (
        <Button size="small" type="text" icon={<EyeOutlined />} aria-label={t("pakn.open", { code: row.code })} onClick={() => onOpen(row)} />
      ),
    },
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
