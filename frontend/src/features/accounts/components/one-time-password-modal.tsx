import { CopyOutlined, WarningOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { formatDate } from "@/lib/format-date";

export type OneTimePassword = { phone: string; password: string; expiresAt: string };

/** The only time the admin sees a one-time password: it is never stored on the client, nor shown again. */
export function OneTimePasswordModal({ value, onClose }: { value: OneTimePassword | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!value) return;
    await navigator.clipboard.writeText(value.password);
    void message.success(t("common.copied"));
  };

  return (
    <Modal
      open={value !== null}
      title={t("accounts.oneTimePasswordTitle")}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t("accounts.oneTimePasswordDone")}
        </Button>
      }
    >
      {value && (
        <Flex vertical gap={12}>
          <Typography.Text>{t("accounts.oneTimePasswordFor", { phone: value.phone })}</Typography.Text>
          <Flex gap={8} align="center">
            <Typography.Text
              code
              copyable={false}
              data-testid="one-time-password"
              style={{ fontSize: 20, letterSpacing: 1, userSelect: "all" }}
            >
              {value.password}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t("common.copy")}
            </Button>
          </Flex>
          <Alert
            type="warning"
            showIcon
            icon={<WarningOutlined />}
            message={t("accounts.oneTimePasswordWarning", { expiresAt: formatDate(value.expiresAt) })}
          />
        </Flex>
      )}
    </Modal>
  );
}
