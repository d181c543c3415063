import { Button, Popconfirm, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import type { Account } from "@/features/accounts/api/get-accounts";
import { useResetPassword } from "@/features/accounts/api/reset-password";
import { useSetAccountEnabled } from "@/features/accounts/api/set-account-enabled";
import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";

import type { OneTimePassword } from "./one-time-password-modal";

type Props = {
  accounts: Account[];
  loading: boolean;
  page: number;
  size: number;
  total: number;
  totalExact: boolean;
  onPage: (page: number, size: number) => void;
  onEdit: (account: Account) => void;
  onPasswordReset: (oneTimePassword: OneTimePassword) => void;
};

export function AccountsTable({ accounts, loading, page, size, total, totalExact, onPage, onEdit, onPasswordReset }: Props) {
  const { t } = useTranslation();
  const setEnabled = useSetAccountEnabled();
  const resetPassword = useResetPassword();
  const showError = useApiError();

  const columns: ColumnsType<Account> = [
    { title: t("accounts.phone"), dataIndex: "phone", key: "phone", width: 140 },
    {
      title: t("accounts.fullName"),
      key: "fullName",
      render: (_, account) => (
        <>
          {account.fullName}
          {account.position && <div style={{ color: "rgba(0,0,0,0.45)", fontSize: 12 }}>{account.position}</div>}
        </>
      ),
    },
    { title: t("accounts.unit"), key: "unit", render: (_, account) => account.unit.name },
    {
      title: t("accounts.roles"),
      dataIndex: "roles",
      key: "roles",
      render: (roles: Account["roles"]) => roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
    },
    {
      title: t("accounts.enabled"),
      key: "enabled",
      width: 150,
      render: (_, account) => (
        <Space size={4} wrap>
          <Tag color={account.enabled ? "green" : "red"}>{account.enabled ? t("accounts.enabledYes") : t("accounts.enabledNo")}</Tag>
          {account.passwordChangeRequired && <Tag color="orange">{t("accounts.mustChangePassword")}</Tag>}
        </Space>
      ),
    },
    { title: t("accounts.createdAt"), dataIndex: "createdAt", key: "createdAt", width: 140, render: (value: string) => formatDate(value) },
    {
      title: t("common.actions"),
      key: "actions",
      width: 250,
      render: (_, account) => (
        <Space size={0} wrap>
          <Button size="small" type="link" onClick={() => onEdit(account)}>
            {t("common.edit")}
          </Button>
          {account.enabled ? (
            <Popconfirm
              title={t("accounts.disableConfirm", { name: account.fullName })}
              okText={t("common.confirm")}
              cancelText={t("common.cancel")}
              onConfirm={() => setEnabled.mutateAsync({ id: account.id, enabled: false }).catch(showError)}
            >
              <Button size="small" type="link" danger>
                {t("accounts.disable")}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" type="link" onClick={() => setEnabled.mutate({ id: account.id, enabled: true }, { onError: (e) => showError(e) })}>
              {t("accounts.enable")}
            </Button>
          )}
          <Popconfirm
            title={t("accounts.resetPasswordConfirm", { name: account.fullName })}
            okText={t("common.confirm")}
            cancelText={t("common.cancel")}
            onConfirm={() =>
              resetPassword
                .mutateAsync(account.id)
                .then((issued) => onPasswordReset({ phone: account.phone, password: issued.oneTimePassword, expiresAt: issued.expiresAt }))
                .catch(showError)
            }
          >
            <Button size="small" type="link">
              {t("accounts.resetPassword")}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Table<Account>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={accounts}
      scroll={{ x: 1100 }}
      pagination={{
        current: page + 1,
        pageSize: size,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (count) => t(totalExact ? "common.total" : "common.totalAtLeast", { total: count.toLocaleString("vi-VN") }),
        onChange: (current, pageSize) => onPage(current - 1, pageSize),
      }}
    />
  );
}
