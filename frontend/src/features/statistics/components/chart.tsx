import { Card, Empty, Skeleton } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

import type { ChartOption } from "../lib/charts";

const EChart = lazy(() => import("./echart"));

/** A titled chart card; ECharts arrives in its own chunk, after the table. */
export function Chart({ title, option, height = 280 }: { title: string; option: ChartOption | null; height?: number }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} styles={{ body: { padding: 8 } }}>
      {option === null ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("statistics.empty")} style={{ height: height - 16 }} />
      ) : (
        <Suspense fallback={<Skeleton.Node active style={{ width: "100%", height }} />}>
          <EChart option={option} height={height} label={title} />
        </Suspense>
      )}
    </Card>
  );
}
