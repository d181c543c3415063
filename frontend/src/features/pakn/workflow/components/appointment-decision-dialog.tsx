import { Descriptions, Form, type FormInstance, Input, Spin } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { formatDate } from "@/lib/format-date";

import { useItemAppointments } from "../api/appointments";
import type { AppointmentDecision } from "../api/perform-action";
import { pendingAppointment } from "../lib/appointment";
import { ActionModal } from "./action-modal";

type Values = { reason?: string };

type Props = {
  paknId: number;
  /** null: closed. Rejecting needs a reason; approving takes an optional comment. */
  decision: "approve" | "reject" | null;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (body: AppointmentDecision, form: FormInstance<Values>) => void;
};

/** The leader's decision on a pending appointment, with what was asked. */
export function AppointmentDecisionDialog({ paknId, decision, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const appointments = useItemAppointments(paknId, decision !== null);
  const asked = pendingAppointment(appointments.data);

  useEffect(() => {
    if (decision) form.resetFields();
  }, [decision, form]);

  const title = t(decision === "reject" ? "appointments.buttons.reject" : "appointments.buttons.approve");
  const reasonLabel = t(decision === "reject" ? "appointments.fields.rejectReason" : "appointments.fields.approveComment");

  return (
    <ActionModal open={decision !== null} title={title} okText={title} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      {appointments.isPending ? (
        <Spin />
      ) : (
        asked && (
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t("appointments.fields.requestedBy")}>{asked.requestedBy}</Descriptions.Item>
            <Descriptions.Item label={t("appointments.fields.amount")}>
              {asked.amount} {t(`appointments.units.${asked.unit}`).toLowerCase()}
            </Descriptions.Item>
            <Descriptions.Item label={t("appointments.fields.reason")}>{asked.reason}</Descriptions.Item>
            <Descriptions.Item label={t("appointments.fields.oldDeadline")}>{formatDate(asked.oldDeadline)}</Descriptions.Item>
          </Descriptions>
        )
      )}
      <Form form={form} name="appointmentDecision" layout="vertical" onFinish={(values) => onSubmit({ reason: values.reason?.trim() || null }, form)}>
        <Form.Item
          name="reason"
          label={reasonLabel}
          style={{ marginBottom: 0 }}
          rules={decision === "reject" ? [{ required: true, whitespace: true, message: t("common.required", { field: reasonLabel.toLowerCase() }) }] : []}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
