import { DatePicker, Form, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";

import { FilterButtons } from "@/components/filter-buttons";
import { AUDIT_ACTIONS, type AuditAction, type AuditFilter } from "@/features/audit/api/get-audit-events";
import { DATE_PICKER_FORMAT, dayBoundary } from "@/lib/format-date";
import { useFilterLayout } from "@/lib/use-phone";

type Values = { action?: AuditAction; period?: [Dayjs | null, Dayjs | null] | null };

export function AuditFilters({ onSearch }: { onSearch: (filter: Pick<AuditFilter, "action" | "from" | "to">) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { layout, width } = useFilterLayout();
  const search = ({ action, period }: Values) =>
    onSearch({
      action,
      from: period?.[0] ? dayBoundary(period[0], "start") : undefined,
      to: period?.[1] ? dayBoundary(period[1], "end") : undefined,
    });

  return (
    <Form form={form} name="audit-filters" className="filter-form" layout={layout} onFinish={search} style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item name="action">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t("audit.action")}
          aria-label={t("audit.action")}
          style={{ width: width(240) }}
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        />
      </Form.Item>
      <Form.Item name="period">
        <DatePicker.RangePicker format={DATE_PICKER_FORMAT} allowEmpty={[true, true]} aria-label={t("audit.period")} style={{ width: width(280) }} />
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
