import { Checkbox, Form, type FormInstance, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";

import type { PaknDetail } from "@/features/pakn/api/get-pakn";

import type { ActionRequest } from "../api/perform-action";
import { ActionModal } from "./action-modal";
import { useWhenOpened } from "./use-when-opened";

type Values = Pick<ActionRequest, "comment" | "notifyNext">;

type Props = {
  open: boolean;
  detail: PaknDetail;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (body: ActionRequest, form: FormInstance<Values>) => void;
};

/** Xác nhận hoàn thành: the operator closes the item with the answer given to the citizen, by SMS if ticked. */
export function CompleteDialog({ open, detail, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  useWhenOpened(open, () => form.setFieldsValue({ comment: detail.result?.content, notifyNext: false }));

  return (
    <ActionModal open={open} title={t("pakn.buttons.complete")} pending={pending} onCancel={onCancel} onOk={() => form.submit()}>
      {detail.result?.unit && (
        <Typography.Paragraph type="secondary">
          {t("workflow.result.unit")}: {detail.result.unit.name}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name="complete"
        layout="vertical"
        onFinish={(values) => onSubmit({ comment: values.comment?.trim(), notifyNext: values.notifyNext ?? false }, form)}
      >
        <Form.Item
          name="comment"
          label={t("workflow.complete.answer")}
          extra={t("workflow.complete.answerHelp")}
          rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("workflow.complete.answer").toLowerCase() }) }]}
        >
          <Input.TextArea rows={5} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="notifyNext"
          valuePropName="checked"
          style={{ marginBottom: 0 }}
          extra={detail.reporter.phone ? undefined : t("workflow.complete.noPhone")}
        >
          <Checkbox disabled={!detail.reporter.phone}>
            {t("workflow.complete.smsToReporter", { phone: detail.reporter.phone ?? "" })}
          </Checkbox>
        </Form.Item>
      </Form>
    </ActionModal>
  );
}
