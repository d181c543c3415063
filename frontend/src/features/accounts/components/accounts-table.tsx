import { Space, Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";

import { Details, PhoneActions, PhoneSummary, Secondary } from "@/components/row-text";
import type { Account } from "@/features/accounts/api/get-accounts";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { AccountActions } from "./account-actions";
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
  const phone = usePhone();
  const actions = (account: Account) => <AccountActions account={account} onEdit={onEdit} onPasswordReset={onPasswordReset} />;

  const roleTags = (account: Account) => account.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>);
  const stateTags = (account: Account) => (
    <>
      <Tag color={account.enabled ? "green" : "red"}>{account.enabled ? t("accounts.enabledYes") : t("accounts.enabledNo")}</Tag>
      {account.passwordChangeRequired && <Tag color="orange">{t("accounts.mustChangePassword")}</Tag>}
    </>
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
              <PhoneActions>{actions(account)}</PhoneActions>
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
