import { Alert, Form, type FormInstance, Input, InputNumber, Select, Space, type UploadFile } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import type { AppointmentRequest } from "../api/perform-action";
import {
  type AppointmentValues,
  DEFAULT_REMINDER_TEXT,
  INITIAL_VALUES,
  MAX_AMOUNT,
  reminderTooEarly,
  TIME_UNITS,
  toAppointmentRequest,
} from "../lib/appointment";
import { ActionModal } from "./action-modal";
import { AppointmentDeadlines } from "./appointment-deadlines";
import { FileDragger, filesOf } from "./file-dragger";

type Props = {
  open: boolean;
  /** The item's current deadline, which the extension moves. */
  deadline?: string | null;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (body: AppointmentRequest, files: File[], form: FormInstance<AppointmentValues>) => void;
};

/**
 * Hẹn xử lý (manual 1.1.5): the extension and its unit with the deadline it would set, the reminder lead, the reason,
 * files, the reminder text.
 */
export function AppointmentDialog({ open, deadline, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AppointmentValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const values = Form.useWatch([], form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setFiles([]);
  }, [open, form]);

  const unitOptions = TIME_UNITS.map((unit) => ({ value: unit, label: t(`appointments.units.${unit}`) }));
  const amountRules = (field: string) => [{ required: true, message: t("common.required", { field: field.toLowerCase() }) }];

  return (
    <ActionModal open={open} width={640} title={t("pakn.buttons.appoint")} okText={t("pakn.buttons.appoint")} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("appointments.rule")} />
      <Form
        form={form}
        name="appointment"
        layout="vertical"
        initialValues={INITIAL_VALUES}
        onFinish={(submitted) => onSubmit(toAppointmentRequest(submitted), filesOf(files), form)}
      >
        <Space align="start" wrap>
          <Form.Item name="amount" label={t("appointments.fields.amount")} extra={t("appointments.fields.amountHelp")} rules={amountRules(t("appointments.fields.amount"))}>
            <InputNumber min={1} max={MAX_AMOUNT} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="unit" label={t("appointments.fields.unit")}>
            <Select options={unitOptions} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <AppointmentDeadlines deadline={deadline} amount={values?.amount} unit={values?.unit ?? INITIAL_VALUES.unit} />
        <Space align="start" wrap>
          <Form.Item
            name="reminderAmount"
            label={t("appointments.fields.reminderAmount")}
            extra={t("appointments.fields.reminderAmountHelp")}
            rules={amountRules(t("appointments.fields.reminderAmount"))}
          >
            <InputNumber min={1} max={MAX_AMOUNT} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="reminderUnit" label={t("appointments.fields.unit")}>
            <Select options={unitOptions} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        {values && reminderTooEarly(values) && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t("appointments.reminderTooEarly")} />}
        <Form.Item
          name="reason"
          label={t("appointments.fields.reason")}
          rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("appointments.fields.reason").toLowerCase() }) }]}
        >
          <Input.TextArea rows={3} maxLength={4000} placeholder={t("appointments.fields.reasonPlaceholder")} />
        </Form.Item>
        <Form.Item label={t("workflow.files.label")} extra={t("appointments.fields.filesHelp")}>
          <FileDragger files={files} onChange={setFiles} />
        </Form.Item>
        <Form.Item label={t("appointments.fields.reminderText")} extra={t("appointments.fields.reminderTextHelp")} style={{ marginBottom: 0 }}>
          <Input value={DEFAULT_REMINDER_TEXT} disabled />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
