import { ReloadOutlined } from "@ant-design/icons";
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";

/** "Someone else changed this PAKN": nothing was saved; the officer reloads and decides again. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={t("workflow.conflict.title")}
      description={t("workflow.conflict.detail")}
      action={
        <Button size="small" type="primary" icon={<ReloadOutlined />} onClick={onReload}>
          {t("workflow.conflict.reload")}
        </Button>
      }
    />
  );
}
