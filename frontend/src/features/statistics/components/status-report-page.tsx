import { Col, Row, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";

import { useStatusReport } from "../api/get-reports";
import type { StatusCount, StatusReport } from "../api/types";
import { useReportFilters } from "../hooks/use-report-filters";
import { barsHeight, donutOption, stackedBarsOption, weeklyTrendOption } from "../lib/charts";
import { STATUSES } from "../lib/filters";
import { formatCount, formatPercent } from "../lib/format";
import { STATUS_COLORS } from "../lib/parts";
import { channelRows, columnTotals, type StatusRow, statusLabels, unitRows } from "../lib/status-report";
import { Chart } from "./chart";
import { ReportPage } from "./report-page";

/** Trạng thái: the status donut, status by channel (kênh tiếp nhận) and by main unit, the weekly trend, and the tables. */
export function StatusReportPage() {
  const { ready, forcedUnitId, filters, update } = useReportFilters();
  const query = useStatusReport(filters, ready);
  const report = query.data;

  return (
    <ReportPage
      report="status"
      filters={filters}
      forcedUnitId={forcedUnitId}
      onSearch={update}
      state={{ loading: !report, error: query.error, empty: report?.total === 0, retry: () => void query.refetch() }}
    >
      {report && <StatusReportBody report={report} />}
    </ReportPage>
  );
}

function StatusReportBody({ report }: { report: StatusReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const labels = statusLabels(report);
  const channels = channelRows(report.byChannel);
  const units = unitRows(report.byUnit);
  const parts = STATUSES.map((status) => ({ label: labels[status], color: STATUS_COLORS[status] }));
  const count = (value: number) => formatCount(value, language);

  const statusColumns: ColumnsType<StatusCount> = [
    { title: t("statistics.columns.status"), dataIndex: "label" },
    { title: t("statistics.columns.count"), dataIndex: "count", align: "right", sorter: (a, b) => a.count - b.count, render: count },
    {
      title: t("statistics.columns.share"),
      dataIndex: "percent",
      align: "right",
      sorter: (a, b) => a.percent - b.percent,
      render: (value: number) => formatPercent(value, language),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <Chart
            title={t("statistics.charts.byStatus")}
            option={donutOption(
              STATUSES.map((status, index) => {
                const cell = report.byStatus.find((s) => s.status === status);
                return { ...parts[index], count: cell?.count ?? 0, percent: cell?.percent ?? 0 };
              }),
              language,
            )}
          />
        </Col>
        <Col xs={24} lg={16}>
          <Chart
            title={t("statistics.charts.byChannel")}
            height={barsHeight(channels.filter((row) => row.total > 0).length)}
            option={stackedBarsOption(channels.map((row) => ({ name: row.name, counts: row.counts })), parts)}
          />
        </Col>
      </Row>
      <Chart title={t("statistics.charts.byWeek")} option={weeklyTrendOption(report.byWeek, t("statistics.columns.count"))} height={240} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={8}>
          <Table<StatusCount>
            size="small"
            bordered
            rowKey="status"
            columns={statusColumns}
            dataSource={report.byStatus}
            pagination={false}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t("statistics.columns.totals")}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <Typography.Text strong>{count(report.total)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <Typography.Text strong>{formatPercent(report.total > 0 ? 100 : 0, language)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Col>
        <Col xs={24} lg={16}>
          <StatusTable rows={channels} nameTitle={t("statistics.columns.channel")} labels={labels} />
        </Col>
      </Row>
      <Chart
        title={t("statistics.charts.byMainUnit")}
        height={barsHeight(units.length)}
        option={stackedBarsOption(units.map((row) => ({ name: row.name, counts: row.counts })), parts)}
      />
      <StatusTable rows={units} nameTitle={t("statistics.columns.mainUnit")} labels={labels} />
    </>
  );
}

/** A table of rows by status (channels or units): STT, the name, the total, one column per status, the totals row. */
function StatusTable({ rows, nameTitle, labels }: { rows: StatusRow[]; nameTitle: string; labels: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  const totals = columnTotals(rows);
  const columns: ColumnsType<StatusRow> = [
    { title: t("statistics.columns.index"), key: "index", width: 60, align: "right", render: (_, __, index) => index + 1 },
    { title: nameTitle, dataIndex: "name", sorter: (a, b) => a.name.localeCompare(b.name, "vi") },
    { title: t("statistics.columns.total"), dataIndex: "total", align: "right", sorter: (a, b) => a.total - b.total, render: count },
    ...STATUSES.map((status, index) => ({
      title: labels[status],
      key: status,
      align: "right" as const,
      sorter: (a: StatusRow, b: StatusRow) => a.counts[index] - b.counts[index],
      render: (_: unknown, row: StatusRow) => count(row.counts[index]),
    })),
  ];
  return (
    <Table<StatusRow>
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 800 }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t("statistics.columns.totals")}</Typography.Text>
          </Table.Summary.Cell>
          {[totals.total, ...totals.counts].map((value, index) => (
            <Table.Summary.Cell key={index} index={index + 2} align="right">
              <Typography.Text strong>{count(value)}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
