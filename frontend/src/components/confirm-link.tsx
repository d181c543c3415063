import { Button, Popconfirm } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = { title: string; onConfirm: () => unknown; danger?: boolean; okText?: string; children: ReactNode };

/** A row's link button that asks first; `danger` reds both the link and the confirming button. */
export function ConfirmLink({ title, onConfirm, danger, okText, children }: Props) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={title}
      okText={okText ?? t("common.confirm")}
      okButtonProps={{ danger }}
      cancelText={t("common.cancel")}
      onConfirm={onConfirm}
    >
      <Button size="small" type="link" danger={danger}>
        {children}
      </Button>
    </Popconfirm>
  );
}
