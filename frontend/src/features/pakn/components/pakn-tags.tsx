import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const STATUS_COLORS: Record<string, string> = {
  AWAITING_RECEPTION: "default",
  WAITING: "gold",
  IN_PROGRESS: "processing",
  APPOINTED: "purple",
  COMPLETED: "success",
};

const PROGRESS_COLORS: Record<string, string> = {
  NOT_DUE: "green",
  DUE_SOON: "orange",
  OVERDUE: "red",
  ON_TIME: "cyan",
  LATE: "volcano",
};

/** Trạng thái as a coloured tag. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status] ?? "default"}>{t(`pakn.status.${status}`, { defaultValue: status })}</Tag>;
}

/** Tiến độ as a coloured tag; nothing while the item has no deadline. */
export function ProgressTag({ progress }: { progress?: string | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  return <Tag color={PROGRESS_COLORS[progress] ?? "default"}>{t(`pakn.progress.${progress}`, { defaultValue: progress })}</Tag>;
}
