import { Descriptions, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate } from "@/lib/format-date";

import type { TimeUnit } from "../api/appointments";
import { useDeadlinePreview } from "../api/get-deadline-preview";

type Props = { deadline: string | null | undefined; amount: number | null | undefined; unit: TimeUnit };

/** Hạn xử lý hiện tại and, as the officer changes the extension, the deadline it would set in working time. */
export function AppointmentDeadlines({ deadline, amount, unit }: Props) {
  const { t } = useTranslation();
  const preview = useDeadlinePreview(deadline, amount, unit);
  const newDeadline = preview.data ? (
    formatDate(preview.data)
  ) : preview.isFetching ? (
    <Spin size="small" />
  ) : preview.isError ? (
    <Typography.Text type="danger">{t("appointments.newDeadlineFailed")}</Typography.Text>
  ) : (
    "—"
  );
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t("appointments.fields.oldDeadline")}>{formatDate(deadline) || "—"}</Descriptions.Item>
      <Descriptions.Item label={t("appointments.fields.newDeadline")}>
        <div aria-live="polite">{newDeadline}</div>
        <Typography.Text type="secondary">{t("appointments.fields.newDeadlineHelp")}</Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}
