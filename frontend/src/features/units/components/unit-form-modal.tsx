import { Checkbox, Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { EnterSubmits } from "@/components/enter-submits";
import { UnitTreeSelect } from "@/components/unit-tree-select";
import { useCreateUnit } from "@/features/units/api/create-unit";
import { UNIT_KINDS, type Unit, type UnitKind } from "@/lib/api/get-units";
import { useUpdateUnit } from "@/features/units/api/update-unit";
import { useApiError } from "@/lib/api-error";

type Values = { code: string; name: string; kind: UnitKind; parentId?: number; requiresResultApproval: boolean; requiresAppointmentApproval: boolean };

/** Creates a unit, or edits one (`unit` given): code and parent are fixed after creation (moving has its own dialog). */
export function UnitFormModal({ open, unit, units, onClose }: { open: boolean; unit?: Unit; units: Unit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const showError = useApiError();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (unit) form.setFieldsValue({ ...unit, parentId: unit.parentId ?? undefined });
  }, [open, unit, form]);

  const submit = (values: Values) => {
    const options = { onSuccess: onClose, onError: (error: unknown) => showError(error, form) };
    if (unit) {
      update.mutate(
        {
          id: unit.id,
          body: {
            name: values.name,
            kind: values.kind,
            requiresResultApproval: values.requiresResultApproval,
            requiresAppointmentApproval: values.requiresAppointmentApproval,
            version: unit.version,
          },
        },
        options,
      );
    } else {
      create.mutate({ ...values, parentId: values.parentId ?? null }, options);
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? t("units.editTitle") : t("units.create")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} name="unit" layout="vertical" onFinish={submit} initialValues={{ kind: "DEPARTMENT", requiresResultApproval: false, requiresAppointmentApproval: false }}>
        <Form.Item name="code" label={t("units.code")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("units.code") }) }]}>
          <Input disabled={unit !== undefined} maxLength={50} autoFocus={!unit} />
        </Form.Item>
        <Form.Item name="name" label={t("units.name")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("units.name") }) }]}>
          <Input maxLength={255} autoFocus={unit !== undefined} />
        </Form.Item>
        <Form.Item name="kind" label={t("units.kind")} rules={[{ required: true, message: t("common.requiredChoice", { field: t("units.kind") }) }]}>
          <Select options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))} />
        </Form.Item>
        {!unit && (
          <Form.Item name="parentId" label={t("units.parent")}>
            <UnitTreeSelect units={units} allowClear placeholder={t("units.noParent")} />
          </Form.Item>
        )}
        <Form.Item name="requiresResultApproval" valuePropName="checked">
          <Checkbox>{t("units.requiresResultApproval")}</Checkbox>
        </Form.Item>
        <Form.Item name="requiresAppointmentApproval" valuePropName="checked">
          <Checkbox>{t("appointments.requiresApproval")}</Checkbox>
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  );
}
