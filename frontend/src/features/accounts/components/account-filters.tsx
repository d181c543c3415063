import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";

import { FilterButtons } from "@/components/filter-buttons";
import { UnitTreeSelect } from "@/components/unit-tree-select";
import type { AccountFilter } from "@/features/accounts/api/get-accounts";
import { ROLES } from "@/lib/access";
import type { components } from "@/lib/api/schema";
import { useFilterLayout } from "@/lib/use-phone";

type Unit = components["schemas"]["UnitView"];
type Values = Pick<AccountFilter, "q" | "unitId" | "role" | "enabled">;

export function AccountFilters({ units, onSearch }: { units: Unit[]; onSearch: (values: Values) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { layout, width } = useFilterLayout();
  return (
    <Form form={form} name="account-filters" className="filter-form" layout={layout} onFinish={onSearch} style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="q">
        <Input allowClear placeholder={t("accounts.searchPlaceholder")} aria-label={t("accounts.searchPlaceholder")} style={{ width: width(260) }} />
      </Form.Item>
      <Form.Item name="unitId">
        <UnitTreeSelect units={units} allowClear placeholder={t("accounts.unit")} style={{ width: width(240) }} />
      </Form.Item>
      <Form.Item name="role">
        <Select
          allowClear
          placeholder={t("accounts.roles")}
          aria-label={t("accounts.roles")}
          style={{ width: width(170) }}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      <Form.Item name="enabled">
        <Select
          allowClear
          placeholder={t("accounts.enabled")}
          aria-label={t("accounts.enabled")}
          style={{ width: width(150) }}
          options={[
            { value: true, label: t("accounts.enabledYes") },
            { value: false, label: t("accounts.enabledNo") },
          ]}
        />
      </Form.Item>
      <FilterButtons
        onReset={() => {
          form.resetFields();
          onSearch({});
        }}
      />
    </Form>
  );
}
