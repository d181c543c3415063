import { Modal } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  open: boolean;
  title: string;
  pending: boolean;
  onCancel: () => void;
  onOk: () => void;
  /** The confirm button's text; "Đồng ý" as in the manual's dialogs unless a dialog says otherwise. */
  okText?: string;
  width?: number;
  children: ReactNode;
};

/** The frame of every action dialog: title, Đồng ý / Hủy bỏ (as the manual), the confirm button busy while the action runs. */
export function ActionModal({ open, title, pending, onCancel, onOk, okText, width = 640, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width={width}
      title={title}
      okText={okText ?? t("workflow.agree")}
      cancelText={t("common.cancel")}
      onCancel={onCancel}
      onOk={onOk}
      okButtonProps={{ loading: pending }}
    >
      {children}
    </Modal>
  );
}
