import { Checkbox, Form, Input, Radio, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { UnitTreeSelect } from "@/components/unit-tree-select";
import type { PaknDetail } from "@/features/pakn/api/get-pakn";
import type { Unit } from "@/lib/api/get-units";

import type { ActionRequest } from "../api/perform-action";
import type { SpecialistChoice } from "../lib/detail-buttons";
import { RETURN_REASONS } from "../lib/return-reasons";
import { ActionModal } from "./action-modal";
import { useWhenOpened } from "./use-when-opened";

type Values = ActionRequest & { choice?: SpecialistChoice };

type Props = {
  open: boolean;
  detail: PaknDetail;
  choices: SpecialistChoice[];
  units: Unit[];
  pending: boolean;
  onCancel: () => void;
  onSubmit: (action: SpecialistChoice, body: ActionRequest, form: ReturnType<typeof Form.useForm<Values>>[0]) => void;
};

/** "Chuyên viên thao tác": Phối hợp xử lý, Nhân viên trực or Trả kết quả, with the manual's help under each. */
export function SpecialistDialog({ open, detail, choices, units, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const choice = Form.useWatch("choice", form);

  // Phối hợp xử lý replaces the item's units with those chosen: starting from the current ones, adding a coordinating
  // unit keeps the others
  useWhenOpened(open, () => {
    form.resetFields();
    form.setFieldsValue({ mainUnitId: detail.mainUnit?.id, coordinatingUnitIds: detail.coordinatingUnits.map((unit) => unit.id) });
  });

  const submit = ({ choice: chosen, ...values }: Values) => {
    if (!chosen) return;
    const common = { comment: values.comment?.trim() || undefined, notifyNext: values.notifyNext ?? false };
    const body: ActionRequest =
      chosen === "coordinate"
        ? { ...common, mainUnitId: values.mainUnitId, coordinatingUnitIds: values.coordinatingUnitIds ?? [] }
        : chosen === "return-to-operator"
          ? { ...common, reason: values.reason }
          : common;
    onSubmit(chosen, body, form);
  };

  const unitOptions = units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));
  const required = (field: string) => [{ required: true, message: t("common.required", { field: field.toLowerCase() }) }];

  return (
    <ActionModal open={open} width={720} title={t("workflow.specialist.title")} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      <Form form={form} name="specialist-action" layout="vertical" onFinish={submit} initialValues={{ choice: choices[0], notifyNext: false }}>
        <Form.Item name="choice" label={t("workflow.specialist.branch")} rules={[{ required: true }]}>
          <Radio.Group style={{ width: "100%" }}>
            <Space direction="vertical" style={{ width: "100%" }}>
              {choices.map((option) => (
                <Radio key={option} value={option}>
                  <strong>{t(`workflow.specialist.${option}.label`)}</strong>
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {t(`workflow.specialist.${option}.help`)}
                  </Typography.Paragraph>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {choice === "coordinate" && (
          <>
            <Form.Item name="mainUnitId" label={t("workflow.mainUnit")} extra={t("workflow.mainUnitHelp")} rules={required(t("workflow.mainUnit"))}>
              <UnitTreeSelect units={units} style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item name="coordinatingUnitIds" label={t("workflow.coordinatingUnits")} extra={t("workflow.coordinatingUnitsHelp")}>
              <Select mode="multiple" allowClear optionFilterProp="label" options={unitOptions} />
            </Form.Item>
          </>
        )}
        {choice === "return-to-operator" && (
          <Form.Item name="reason" label={t("workflow.reason")} rules={required(t("workflow.reason"))}>
            <Select options={RETURN_REASONS.map((reason) => ({ value: reason, label: t(`workflow.reasons.${reason}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t("workflow.comment")}>
          <Input.TextArea rows={3} maxLength={4000} placeholder={t("workflow.commentPlaceholder")} />
        </Form.Item>
        <Form.Item name="notifyNext" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t("workflow.notifyNext")}</Checkbox>
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
