import { Button, Popconfirm, Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import { Details, PhoneSummary, Secondary } from "@/components/row-text";
import type { Account } from "@/features/accounts/api/get-accounts";
import { useResetPassword } from "@/features/accounts/api/reset-password";
import { useSetAccountEnabled } from "@/features/accounts/api/set-account-enabled";
import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

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
  const phone = usePhone();

  const roleTags = (account: Account) => account.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>);
  const stateTags = (account: Account) => (
    <>
      <Tag color={account.enabled ? "green" : "red"}>{account.enabled ? t("accounts.enabledYes") : t("accounts.enabledNo")}</Tag>
      {account.passwordChangeRequired && <Tag color="orange">{t("accounts.mustChangePassword")}</Tag>}
    </>
  );
  const actions = (account: Account) => (
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
  );

  // a desktop's columns fit the 1,060 px an admin's 1366 px screen leaves beside the menu, the unit taking the rest;
  // on a phone one column: the name, then the phone number, unit, roles, state and the actions under it
  const columns: ColumnsType<Account> = [
    { title: t("accounts.phone"), dataIndex: "phone", key: "phone", ...FROM_MD, width: 130 },
    {
      title: t("accounts.fullName"),
      key: "fullName",
      width: phone ? undefined : 170,
      render: (_, account) => (
        <>
          {account.fullName}
          {account.position && <Secondary block>{account.position}</Secondary>}
          {phone && (
            <>
              <PhoneSummary>
                <Details of={[account.phone, account.unit.name]} />
                {roleTags(account)}
                {stateTags(account)}
              </PhoneSummary>
              <div style={{ marginInlineStart: -8 }}>{actions(account)}</div>
            </>
          )}
        </>
      ),
    },
    { title: t("accounts.unit"), key: "unit", ...FROM_MD, render: (_, account) => account.unit.name },
    { title: t("accounts.roles"), key: "roles", ...FROM_MD, width: 120, render: (_, account) => roleTags(account) },
    {
      title: t("accounts.enabled"),
      key: "enabled",
      ...FROM_MD,
      width: 150,
      render: (_, account) => (
        <Space size={4} wrap>
          {stateTags(account)}
        </Space>
      ),
    },
    { title: t("accounts.createdAt"), dataIndex: "createdAt", key: "createdAt", ...FROM_MD, width: 104, render: (value: string) => formatDate(value, "date") },
    { title: t("common.actions"), key: "actions", ...FROM_MD, width: 240, render: (_, account) => actions(account) },
  ];

  return (
    <Table<Account>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={accounts}
      scroll={phone ? undefined : { x: 1060 }}
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
