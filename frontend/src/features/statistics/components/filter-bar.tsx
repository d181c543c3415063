import { Button, DatePicker, Form, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";

import { UnitTreeSelect } from "@/components/unit-tree-select";
import { useCatalog } from "@/lib/api/get-catalogs";
import { useUnits } from "@/lib/api/get-units";
import { DATE_PICKER_FORMAT } from "@/lib/format-date";

import type { PaknStatus, Progress } from "../api/types";
import { defaultPeriod, PROGRESSES, type StatisticsFilters, STATUSES } from "../lib/filters";

type Values = {
  period?: [Dayjs, Dayjs];
  unitId?: number;
  categoryId?: number;
  channelId?: number;
  status?: PaknStatus;
  progress?: Progress;
};

export type FilterBarFields = StatisticsFilters & { status?: PaknStatus; progress?: Progress };

type Props = {
  filters: FilterBarFields;
  /** The unit of a leader or specialist: shown, not changeable. */
  forcedUnitId?: number;
  /** Danh sách also filters by status and progress. */
  withListFields?: boolean;
  onSearch: (fields: FilterBarFields) => void;
};

const toValues = (filters: FilterBarFields): Values => ({
  period: [dayjs(filters.from), dayjs(filters.to)],
  unitId: filters.unitId,
  categoryId: filters.categoryId,
  channelId: filters.channelId,
  status: filters.status,
  progress: filters.progress,
});

/** Kỳ báo cáo, Đơn vị, Chuyên mục, Hình thức tiếp nhận (and for Danh sách: Trạng thái, Tiến độ). */
export function FilterBar({ filters, forcedUnitId, withListFields = false, onSearch }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const units = useUnits().data ?? [];
  const categories = useCatalog("categories").data ?? [];
  const channels = useCatalog("channels").data ?? [];

  // the URL is the truth: the form follows it when it changes (back button, a shared link)
  const fromUrl = JSON.stringify(filters);
  useEffect(() => form.setFieldsValue(toValues(JSON.parse(fromUrl) as FilterBarFields)), [fromUrl, form]);

  const submit = (values: Values) => {
    const period = values.period ? { from: values.period[0].format("YYYY-MM-DD"), to: values.period[1].format("YYYY-MM-DD") } : defaultPeriod();
    onSearch({
      ...period,
      unitId: forcedUnitId ?? values.unitId,
      categoryId: values.categoryId,
      channelId: values.channelId,
      status: values.status,
      progress: values.progress,
    });
  };

  const select = (name: keyof Values, label: string, options: { value: string | number; label: string }[], width = 190) => (
    <Form.Item name={name} label={label}>
      <Select allowClear showSearch optionFilterProp="label" placeholder={t("common.all")} options={options} style={{ width }} />
    </Form.Item>
  );

  return (
    <Form form={form} name="statistics-filters" layout="inline" onFinish={submit} style={{ rowGap: 8, marginBottom: 12 }} aria-label={t("statistics.filters.title")}>
      <Form.Item name="period" label={t("statistics.filters.period")}>
        <DatePicker.RangePicker format={DATE_PICKER_FORMAT} allowClear={false} style={{ width: 250 }} />
      </Form.Item>
      <Form.Item name="unitId" label={t("statistics.filters.unit")}>
        <UnitTreeSelect units={units} allowClear placeholder={t("common.all")} disabled={forcedUnitId !== undefined} style={{ width: 260 }} />
      </Form.Item>
      {select("categoryId", t("statistics.filters.category"), categories.map((c) => ({ value: c.id, label: c.name })))}
      {select("channelId", t("statistics.filters.channel"), channels.map((c) => ({ value: c.id, label: c.name })))}
      {withListFields && select("status", t("statistics.filters.status"), STATUSES.map((s) => ({ value: s, label: t(`statistics.status.${s}`) })), 150)}
      {withListFields && select("progress", t("statistics.filters.progress"), PROGRESSES.map((p) => ({ value: p, label: t(`statistics.progress.${p}`) })), 170)}
      <Button type="primary" htmlType="submit">
        {t("common.search")}
      </Button>
      <Button onClick={() => onSearch({ ...defaultPeriod(), unitId: forcedUnitId })}>{t("common.refresh")}</Button>
    </Form>
  );
}
