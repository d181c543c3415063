import { FileExcelOutlined, LoadingOutlined } from "@ant-design/icons";
import { Button, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";

import type { ReportKind } from "../api/get-reports";
import { useExport } from "../hooks/use-export";
import type { ListFilters, StatisticsFilters } from "../lib/filters";
import { formatBytes } from "../lib/format";

/** "Xuất Excel"; while the file arrives: the bytes received so far and "Hủy". */
export function ExportButton({ report, filters, disabled }: { report: ReportKind; filters: StatisticsFilters | ListFilters; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, start, cancel } = useExport(report, filters);

  if (!state.running) {
    return (
      <Button icon={<FileExcelOutlined />} onClick={() => void start()} disabled={disabled}>
        {t("statistics.export.button")}
      </Button>
    );
  }
  return (
    <Space>
      <Typography.Text role="status" aria-live="polite">
        <LoadingOutlined /> {t("statistics.export.progress", { size: formatBytes(state.received, i18n.language) })}
      </Typography.Text>
      <Button onClick={cancel}>{t("statistics.export.cancel")}</Button>
    </Space>
  );
}
