import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { type Account, type AccountFilter, useAccounts } from "@/features/accounts/api/get-accounts";
import { AccountFilters } from "@/features/accounts/components/account-filters";
import { AccountFormModal } from "@/features/accounts/components/account-form-modal";
import { AccountsTable } from "@/features/accounts/components/accounts-table";
import { type OneTimePassword, OneTimePasswordModal } from "@/features/accounts/components/one-time-password-modal";
import { useUnits } from "@/lib/api/get-units";

const PAGE_SIZE = 20;

/** Tài khoản: the accounts, searched by number, name, unit, role and state; created, edited, locked, given a new password. */
export function AccountsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AccountFilter>({ page: 0, size: PAGE_SIZE });
  const [editing, setEditing] = useState<{ account?: Account } | null>(null);
  const [oneTimePassword, setOneTimePassword] = useState<OneTimePassword | null>(null);
  const accounts = useAccounts(filter);
  const units = useUnits().data ?? [];

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("accounts.title")}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t("accounts.create")}
        </Button>
      }
    >
      <AccountFilters units={units} onSearch={(values) => setFilter({ ...values, q: values.q?.trim() || undefined, page: 0, size: filter.size })} />
      <AccountsTable
        accounts={accounts.data?.items ?? []}
        loading={accounts.isFetching}
        page={filter.page ?? 0}
        size={filter.size ?? PAGE_SIZE}
        total={accounts.data?.total ?? 0}
        totalExact={accounts.data?.totalExact ?? true}
        onPage={(page, size) => setFilter({ ...filter, page, size })}
        onEdit={(account) => setEditing({ account })}
        onPasswordReset={setOneTimePassword}
      />
      <AccountFormModal
        open={editing !== null}
        account={editing?.account}
        units={units}
        onClose={() => setEditing(null)}
        onCreated={setOneTimePassword}
      />
      <OneTimePasswordModal value={oneTimePassword} onClose={() => setOneTimePassword(null)} />
    </Card>
  );
}
