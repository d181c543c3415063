import { LockOutlined, PhoneOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input } from "antd";
import { useTranslation } from "react-i18next";

import { useLogin, type LoginRequest } from "@/features/auth/api/login";
import { toProblem } from "@/lib/api-error";
import type { EndReason } from "@/lib/auth/session";

const END_MESSAGES: Record<EndReason, { type: "success" | "info" | "warning"; key: string }> = {
  "password-changed": { type: "success", key: "auth.passwordChanged" },
  expired: { type: "warning", key: "auth.sessionExpired" },
  "logged-out": { type: "info", key: "auth.loggedOut" },
};

/** Errors stay on the form (not a passing toast): an officer who mistyped must be able to read why. */
export function LoginForm({ endReason }: { endReason: EndReason | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();
  const login = useLogin();
  const problem = login.isError ? toProblem(login.error, t("errors.network")) : null;
  const ended = endReason && !login.isError ? END_MESSAGES[endReason] : null;

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)}>
      {ended && <Alert role="status" showIcon type={ended.type} message={t(ended.key)} style={{ marginBottom: 16 }} />}
      {problem && (
        <Alert
          role="alert"
          showIcon
          type="error"
          message={problem.title || t("auth.loginFailed")}
          description={problem.detail}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="username"
        label={t("auth.username")}
        rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("auth.username") }) }]}
      >
        <Input
          prefix={<PhoneOutlined />}
          placeholder={t("auth.usernamePlaceholder")}
          autoComplete="username"
          inputMode="tel"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t("auth.password")}
        rules={[{ required: true, message: t("common.required", { field: t("auth.password") }) }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t("auth.login")}
      </Button>
    </Form>
  );
}
