import { Table, Typography } from "antd";
import type { ColumnsType, SortOrder } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";

import { formatCount, formatPercent } from "../lib/format";
import { compareBy, numberOf, type ShareRow, type UnitReportConfig } from "../lib/unit-reports";

type Props = { config: UnitReportConfig; rows: ShareRow[]; totals: ShareRow };

const UNASSIGNED = "unassigned";

/** The manual's per-unit table: STT, Đơn vị, Tổng, the counts, the shares; every column sorts; a totals row. */
export function UnitShareTable({ config, rows, totals }: Props) {
  const { t, i18n } = useTranslation();
  const count = (field: string) => (_: unknown, row: ShareRow) => formatCount(numberOf(row, field), i18n.language);
  const percent = (field: string) => (_: unknown, row: ShareRow) => formatPercent(numberOf(row, field), i18n.language);
  const sortable = (field: string, sortDirections: SortOrder[] = ["descend", "ascend"]) => ({ key: field, sorter: compareBy(field), sortDirections });

  const columns: ColumnsType<ShareRow> = [
    { title: t("statistics.columns.index"), key: "index", width: 60, align: "right", render: (_, __, index) => index + 1 },
    { title: t("statistics.columns.unit"), dataIndex: "unitName", ...sortable("unitName", ["ascend", "descend"]) },
    { title: t("statistics.columns.total"), align: "right", width: 90, render: count("total"), ...sortable("total") },
    {
      title: t(config.countsKey),
      children: config.parts.map((part) => ({
        title: t(part.labelKey),
        align: "right" as const,
        width: 110,
        render: count(part.count),
        ...sortable(part.count),
      })),
    },
    {
      title: t("statistics.groups.shares"),
      children: config.parts.map((part) => ({
        title: t(part.labelKey),
        align: "right" as const,
        width: 110,
        render: percent(part.percent),
        ...sortable(part.percent),
      })),
    },
  ];

  const cells = ["total", ...config.parts.map((part) => part.count)];
  return (
    <Table<ShareRow>
      size="small"
      bordered
      rowKey={(row) => (row.unitId ?? UNASSIGNED).toString()}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t("statistics.columns.totals")}</Typography.Text>
            </Table.Summary.Cell>
            {cells.map((field, index) => (
              <Table.Summary.Cell key={field} index={index + 2} align="right">
                <Typography.Text strong>{formatCount(numberOf(totals, field), i18n.language)}</Typography.Text>
              </Table.Summary.Cell>
            ))}
            {config.parts.map((part, index) => (
              <Table.Summary.Cell key={part.percent} index={cells.length + index + 2} align="right">
                <Typography.Text strong>{formatPercent(numberOf(totals, part.percent), i18n.language)}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
