import { Checkbox, Form, type FormInstance, Input, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { UnitTreeSelect } from "@/components/unit-tree-select";
import type { PaknDetail } from "@/features/pakn/api/get-pakn";
import type { Unit } from "@/lib/api/get-units";

import type { ActionRequest } from "../api/perform-action";
import { FileDragger, filesOf } from "./file-dragger";
import { ActionModal } from "./action-modal";
import { useWhenOpened } from "./use-when-opened";

type Values = Pick<ActionRequest, "resultUnitId" | "resultContent" | "resultPublic">;

type Props = {
  open: boolean;
  detail: PaknDetail;
  defaultUnitId?: number;
  units: Unit[];
  pending: boolean;
  onCancel: () => void;
  onSubmit: (body: ActionRequest, files: File[], form: FormInstance<Values>) => void;
};

/** Cập nhật kết quả: Đơn vị trả lời*, Nội dung*, Công khai and the result's files. */
export function ResultDialog({ open, detail, defaultUnitId, units, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);

  useWhenOpened(open, () => {
    form.resetFields();
    form.setFieldsValue({
      resultUnitId: detail.result?.unit?.id ?? defaultUnitId,
      resultContent: detail.result?.content,
      resultPublic: detail.result?.published ?? false,
    });
    setFiles([]);
  });

  const required = (field: string) => [{ required: true, whitespace: true, message: t("common.required", { field: field.toLowerCase() }) }];

  return (
    <ActionModal open={open} width={720} title={t("pakn.buttons.updateResult")} okText={t("workflow.result.submit")} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      <Form
        form={form}
        name="result"
        layout="vertical"
        onFinish={(values) =>
          onSubmit(
            { resultUnitId: values.resultUnitId, resultContent: values.resultContent?.trim(), resultPublic: values.resultPublic ?? false },
            filesOf(files),
            form,
          )
        }
      >
        <Form.Item name="resultUnitId" label={t("workflow.result.unit")} extra={t("workflow.result.unitHelp")} rules={[{ required: true, message: t("common.required", { field: t("workflow.result.unit").toLowerCase() }) }]}>
          <UnitTreeSelect units={units} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="resultContent" label={t("workflow.result.content")} rules={required(t("workflow.result.content"))}>
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
        <Form.Item name="resultPublic" valuePropName="checked">
          <Checkbox>{t("workflow.result.public")}</Checkbox>
        </Form.Item>
        <Form.Item label={t("workflow.files.label")} extra={t("workflow.result.filesHelp")}>
          <FileDragger files={files} onChange={setFiles} />
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
