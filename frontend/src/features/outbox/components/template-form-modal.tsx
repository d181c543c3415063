import { Form, Input, Modal, Typography } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { useApiError } from "@/lib/api-error";

import { type MessageTemplate, useUpdateTemplate } from "../api/templates";
import { placeholders, unknownPlaceholders } from "../lib/placeholders";

type Values = { subject: string; body: string };

/** Edits a message template; warns about placeholders the original did not have (they would be sent as typed). */
export function TemplateFormModal({ template, onClose }: { template?: MessageTemplate; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateTemplate();
  const showError = useApiError();

  useEffect(() => {
    if (template) form.setFieldsValue({ subject: template.subject, body: template.body });
  }, [template, form]);

  const warnUnknown = (original: string) => ({
    warningOnly: true,
    validator: async (_: unknown, value: string | undefined) => {
      const unknown = unknownPlaceholders(original, value ?? "");
      if (unknown.length > 0) throw new Error(t("outbox.unknownPlaceholders", { names: unknown.map((name) => `{${name}}`).join(", ") }));
    },
  });

  const submit = (values: Values) =>
    template &&
    update.mutate(
      { code: template.code, body: { subject: values.subject.trim(), body: values.body.trim(), version: template.version } },
      { onSuccess: onClose, onError: (error) => showError(error, form) },
    );

  const known = template ? [...new Set([...placeholders(template.subject), ...placeholders(template.body)])] : [];

  return (
    <Modal
      open={template !== undefined}
      width={640}
      title={t("outbox.editTemplate", { name: template?.name ?? "" })}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form form={form} name="message-template" layout="vertical" onFinish={submit}>
        <Form.Item name="subject" label={t("outbox.subject")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("outbox.subject") }) }, warnUnknown(`${template?.subject} ${template?.body}`)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="body" label={t("outbox.body")} rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("outbox.body") }) }, warnUnknown(`${template?.subject} ${template?.body}`)]}>
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        {known.length > 0 && (
          <Typography.Text type="secondary">{t("outbox.placeholdersHelp", { names: known.map((name) => `{${name}}`).join(", ") })}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
