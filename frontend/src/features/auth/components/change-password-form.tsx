import { Alert, Button, Form, Input } from "antd";
import { useTranslation } from "react-i18next";

import { useChangePassword } from "@/features/auth/api/change-password";
import { useApiError } from "@/lib/api-error";

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

const MIN_LENGTH = 10;

/** The three fields of the original's "Đổi mật khẩu" dialog; the server's policy errors land on the fields. */
export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changePassword = useChangePassword();
  const showError = useApiError();

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ currentPassword, newPassword }) =>
        changePassword.mutate({ currentPassword, newPassword }, { onError: (error) => showError(error, form) })
      }
    >
      {forced && <Alert showIcon type="warning" message={t("auth.changePasswordRequired")} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t("auth.currentPassword")}
        rules={[{ required: true, message: t("common.required", { field: t("auth.currentPassword") }) }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t("auth.newPassword")}
        extra={t("auth.newPasswordHelp")}
        rules={[
          { required: true, message: t("common.required", { field: t("auth.newPassword") }) },
          { min: MIN_LENGTH, message: t("auth.passwordTooShort") },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t("auth.confirmPassword")}
        dependencies={["newPassword"]}
        rules={[
          { required: true, message: t("common.required", { field: t("auth.confirmPassword") }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue("newPassword") === value
                ? Promise.resolve()
                : Promise.reject(new Error(t("auth.passwordMismatch"))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={changePassword.isPending}>
        {t("auth.changePassword")}
      </Button>
    </Form>
  );
}
