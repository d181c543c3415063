import { Checkbox, Form, type FormInstance, Input, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { UnitTreeSelect } from "@/components/unit-tree-select";
import type { Unit } from "@/lib/api/get-units";

import type { ActionRequest } from "../api/perform-action";
import { ActionModal } from "./action-modal";

type Props = {
  open: boolean;
  units: Unit[];
  pending: boolean;
  onCancel: () => void;
  onSubmit: (body: ActionRequest, form: FormInstance<ActionRequest>) => void;
};

/** Chuyển xử lý: the operator sends the item to a main unit, with coordinating units if need be. */
export function RouteDialog({ open, units, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionRequest>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  return (
    <ActionModal open={open} title={t("pakn.buttons.route")} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      <Form
        form={form}
        name="route"
        layout="vertical"
        initialValues={{ notifyNext: false }}
        onFinish={(values) =>
          onSubmit(
            {
              mainUnitId: values.mainUnitId,
              coordinatingUnitIds: values.coordinatingUnitIds ?? [],
              comment: values.comment?.trim() || undefined,
              notifyNext: values.notifyNext ?? false,
            },
            form,
          )
        }
      >
        <Form.Item
          name="mainUnitId"
          label={t("workflow.mainUnit")}
          extra={t("workflow.mainUnitHelp")}
          rules={[{ required: true, message: t("common.required", { field: t("workflow.mainUnit").toLowerCase() }) }]}
        >
          <UnitTreeSelect units={units} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="coordinatingUnitIds" label={t("workflow.coordinatingUnits")} extra={t("workflow.coordinatingUnitsHelp")}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
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
