import { Col, Row } from "antd";
import { useTranslation } from "react-i18next";

import { type UnitReportKind, useUnitReport } from "../api/get-reports";
import { useReportFilters } from "../hooks/use-report-filters";
import { barsHeight, donutOption, stackedBarsOption } from "../lib/charts";
import { numberOf, type ShareRow, UNIT_REPORTS } from "../lib/unit-reports";
import { Chart } from "./chart";
import { ReportPage } from "./report-page";
import { UnitShareTable } from "./unit-share-table";

/** Định danh, Đánh giá, Tiến độ: bars per unit, the donut of the totals, the manual's table. */
export function UnitReportPage({ kind }: { kind: UnitReportKind }) {
  const { t, i18n } = useTranslation();
  const config = UNIT_REPORTS[kind];
  const { ready, forcedUnitId, filters, update } = useReportFilters();
  const query = useUnitReport(kind, filters, ready);
  const rows = (query.data?.rows ?? []) as ShareRow[];
  const totals = query.data?.totals as ShareRow | undefined;
  const parts = config.parts.map((part) => ({ label: t(part.labelKey), color: part.color }));

  return (
    <ReportPage
      report={kind}
      filters={filters}
      forcedUnitId={forcedUnitId}
      onSearch={update}
      state={{ loading: !query.data, error: query.error, empty: rows.length === 0, retry: () => void query.refetch() }}
    >
      {totals && (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={16}>
              <Chart
                title={t("statistics.charts.byUnit")}
                height={barsHeight(rows.filter((row) => row.total > 0).length)}
                option={stackedBarsOption(
                  rows.map((row) => ({ name: row.unitName, counts: config.parts.map((part) => numberOf(row, part.count)) })),
                  parts,
                )}
              />
            </Col>
            <Col xs={24} lg={8}>
              <Chart
                title={t("statistics.charts.shares")}
                option={donutOption(
                  config.parts.map((part, index) => ({ ...parts[index], count: numberOf(totals, part.count), percent: numberOf(totals, part.percent) })),
                  i18n.language,
                )}
              />
            </Col>
          </Row>
          <UnitShareTable config={config} rows={rows} totals={totals} />
        </>
      )}
    </ReportPage>
  );
}
