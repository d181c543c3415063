import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";

import { ConfirmLink } from "@/components/confirm-link";
import type { Account } from "@/features/accounts/api/get-accounts";
import { useResetPassword } from "@/features/accounts/api/reset-password";
import { useSetAccountEnabled } from "@/features/accounts/api/set-account-enabled";
import { useApiError } from "@/lib/api-error";

import type { OneTimePassword } from "./one-time-password-modal";

type Props = { account: Account; onEdit: (account: Account) => void; onPasswordReset: (oneTimePassword: OneTimePassword) => void };

/** An account's Sửa, Khóa (Mở khóa when locked) and Cấp lại mật khẩu; locking and a new password are confirmed first. */
export function AccountActions({ account, onEdit, onPasswordReset }: Props) {
  const { t } = useTranslation();
  const setEnabled = useSetAccountEnabled();
  const resetPassword = useResetPassword();
  const showError = useApiError();
  return (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => onEdit(account)}>
        {t("common.edit")}
      </Button>
      {account.enabled ? (
        <ConfirmLink title={t("accounts.disableConfirm", { name: account.fullName })} danger onConfirm={() => setEnabled.mutateAsync({ id: account.id, enabled: false }).catch(showError)}>
          {t("accounts.disable")}
        </ConfirmLink>
      ) : (
        <Button size="small" type="link" onClick={() => setEnabled.mutate({ id: account.id, enabled: true }, { onError: (e) => showError(e) })}>
          {t("accounts.enable")}
        </Button>
      )}
      <ConfirmLink
        title={t("accounts.resetPasswordConfirm", { name: account.fullName })}
        onConfirm={() =>
          resetPassword
            .mutateAsync(account.id)
            .then((issued) => onPasswordReset({ phone: account.phone, password: issued.oneTimePassword, expiresAt: issued.expiresAt }))
            .catch(showError)
        }
      >
        {t("accounts.resetPassword")}
      </ConfirmLink>
    </Space>
  );
}
