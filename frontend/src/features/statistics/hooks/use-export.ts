import { App } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { useApiError } from "@/lib/api-error";
import { saveFile } from "@/lib/save-file";

import { exportReport } from "../api/export-report";
import type { ReportKind } from "../api/get-reports";
import type { ListFilters, StatisticsFilters } from "../lib/filters";

export type ExportState = { running: false } | { running: true; received: number };

/** Runs one export at a time, reports the bytes received, cancels on demand or when the page goes away. */
export function useExport(report: ReportKind, filters: StatisticsFilters | ListFilters) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useApiError();
  const [state, setState] = useState<ExportState>({ running: false });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async () => {
    const current = new AbortController();
    controller.current = current;
    setState({ running: true, received: 0 });
    try {
      const { blob, fileName } = await exportReport(report, filters, current.signal, (received) => setState({ running: true, received }));
      saveFile(blob, fileName);
      void message.success(t("statistics.export.done", { file: fileName }));
    } catch (error) {
      if (current.signal.aborted) void message.info(t("statistics.export.cancelled"));
      else onError(error);
    } finally {
      if (controller.current === current) controller.current = null;
      setState({ running: false });
    }
  }, [report, filters, message, onError, t]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
