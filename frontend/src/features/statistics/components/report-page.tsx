import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { toProblem } from "@/lib/api-error";

import type { ReportKind } from "../api/get-reports";
import { ExportButton } from "./export-button";
import { FilterBar, type FilterBarFields } from "./filter-bar";

type Props = {
  report: ReportKind;
  filters: FilterBarFields;
  forcedUnitId?: number;
  onSearch: (fields: FilterBarFields) => void;
  /** The report's query: nothing to show yet, failed, or nothing counted. */
  state: { loading: boolean; error: unknown; empty: boolean; retry: () => void };
  children: ReactNode;
};

/** What every report page has: its title, the filter bar, "Xuất Excel", and the loading, error and empty states. */
export function ReportPage({ report, filters, forcedUnitId, onSearch, state, children }: Props) {
  const { t } = useTranslation();
  const problem = state.error ? toProblem(state.error, t("errors.network")) : null;

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t(`statistics.titles.${report}`)}
        </Typography.Title>
      }
      extra={<ExportButton report={report} filters={filters} disabled={state.loading || problem !== null} />}
    >
      <FilterBar filters={filters} forcedUnitId={forcedUnitId} withListFields={report === "list"} onSearch={onSearch} />
      {problem ? (
        <Alert
          type="error"
          showIcon
          message={problem.title}
          description={problem.detail}
          action={<Button onClick={state.retry}>{t("common.retry")}</Button>}
        />
      ) : state.loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : state.empty ? (
        <Empty description={t("statistics.empty")} />
      ) : (
        <Flex vertical gap={12}>
          {children}
        </Flex>
      )}
    </Card>
  );
}
