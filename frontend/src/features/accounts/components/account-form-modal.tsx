import { Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { EnterSubmits } from "@/components/enter-submits";
import { UnitTreeSelect } from "@/components/unit-tree-select";
import { useCreateAccount } from "@/features/accounts/api/create-account";
import type { Account } from "@/features/accounts/api/get-accounts";
import { useUpdateAccount } from "@/features/accounts/api/update-account";
import { type Role, ROLES } from "@/lib/access";
import type { components } from "@/lib/api/schema";
import { useApiError } from "@/lib/api-error";

import type { OneTimePassword } from "./one-time-password-modal";

type Unit = components["schemas"]["UnitView"];
type Values = { phone: string; fullName: string; position?: string; email?: string; unitId: number; roles: Role[] };

const blankToNull = (value?: string) => (value?.trim() ? value.trim() : null);

type Props = {
  open: boolean;
  account?: Account;
  units: Unit[];
  onClose: () => void;
  onCreated: (oneTimePassword: OneTimePassword) => void;
};

/** Creates an account (the server answers with its one-time password) or edits one; the phone is the username and stays. */
export function AccountFormModal({ open, account, units, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const showError = useApiError();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (account) {
      form.setFieldsValue({ ...account, position: account.position ?? undefined, email: account.email ?? undefined, unitId: account.unit.id });
    }
  }, [open, account, form]);

  const submit = (values: Values) => {
    const onError = (error: unknown) => showError(error, form);
    const details = { fullName: values.fullName.trim(), position: blankToNull(values.position), email: blankToNull(values.email), unitId: values.unitId, roles: values.roles };
    if (account) {
      update.mutate({ id: account.id, body: { ...details, version: account.version } }, { onSuccess: onClose, onError });
    } else {
      create.mutate(
        { ...details, phone: values.phone.trim() },
        {
          onSuccess: (created) => {
            onClose();
            onCreated({ phone: created.account.phone, password: created.oneTimePassword, expiresAt: created.oneTimePasswordExpiresAt });
          },
          onError,
        },
      );
    }
  };

  const required = (labelKey: string) => ({ required: true, whitespace: true, message: t("common.required", { field: t(labelKey) }) });

  return (
    <Modal
      open={open}
      title={account ? t("accounts.editTitle") : t("accounts.create")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} name="account" layout="vertical" onFinish={submit}>
        <Form.Item name="phone" label={t("accounts.phone")} rules={[required("accounts.phone")]}>
          <Input disabled={account !== undefined} inputMode="tel" autoComplete="off" autoFocus={!account} />
        </Form.Item>
        <Form.Item name="fullName" label={t("accounts.fullName")} rules={[required("accounts.fullName")]}>
          <Input maxLength={255} autoComplete="off" />
        </Form.Item>
        <Form.Item name="position" label={t("accounts.position")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="email" label={t("accounts.email")} rules={[{ type: "email" }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={t("accounts.unit")} rules={[{ required: true, message: t("common.requiredChoice", { field: t("accounts.unit") }) }]}>
          <UnitTreeSelect units={units} />
        </Form.Item>
        <Form.Item name="roles" label={t("accounts.roles")} rules={[{ required: true, message: t("common.requiredChoice", { field: t("accounts.roles") }) }]}>
          <Select mode="multiple" options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        </Form.Item>
        <EnterSubmits />
      </Form>
    </Modal>
  );
}
