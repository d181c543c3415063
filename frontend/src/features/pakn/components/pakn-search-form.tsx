import { Button, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { useCatalog } from "@/lib/api/get-catalogs";
import { DATE_PICKER_FORMAT } from "@/lib/format-date";
import { useFilterLayout } from "@/lib/use-phone";

import { type PaknFilters, PROGRESSES, STATUSES } from "../lib/filters";

type Values = {
  q?: string;
  progress?: PaknFilters["progress"];
  channelId?: number;
  categoryId?: number;
  from?: Dayjs;
  to?: Dayjs;
  status?: PaknFilters["status"];
  stepId?: number;
};

type SearchFields = Omit<PaknFilters, "page" | "size" | "sort">;

export type StepOption = { id: number; name: string };

const toValues = (filters: PaknFilters): Values => ({
  ...filters,
  from: filters.from ? dayjs(filters.from) : undefined,
  to: filters.to ? dayjs(filters.to) : undefined,
});

/** The manual's search form (Từ khoá tìm kiếm, Tiến độ, Hình thức tiếp nhận, Chuyên mục, Từ ngày, Đến ngày) plus status and step. */
export function PaknSearchForm({
  filters,
  steps,
  onSearch,
}: {
  filters: PaknFilters;
  steps: StepOption[];
  onSearch: (fields: SearchFields) => void;
}) {
  const { t } = useTranslation();
  // on a phone the fields stack, each as wide as the screen, and all but the keyword wait behind "Bộ lọc"
  const { phone: narrow, layout, width: widthOf } = useFilterLayout();
  const activeFilters = activeFilterCount(filters);
  const [expanded, setExpanded] = useState(activeFilters > 0);
  const hidden = narrow && !expanded;
  const [form] = Form.useForm<Values>();
  const categories = useCatalog("categories").data ?? [];
  const channels = useCatalog("channels").data ?? [];

  // the URL is the truth: the form follows it when it changes (back button, a shared link), not on every render
  const fromUrl = JSON.stringify(filters);
  useEffect(() => form.setFieldsValue({ ...emptyValues, ...toValues(JSON.parse(fromUrl) as PaknFilters) }), [fromUrl, form]);

  const submit = (values: Values) =>
    onSearch({
      q: values.q?.trim() || undefined,
      progress: values.progress,
      channelId: values.channelId,
      categoryId: values.categoryId,
      from: values.from?.format("YYYY-MM-DD"),
      to: values.to?.format("YYYY-MM-DD"),
      status: values.status,
      stepId: values.stepId,
    });

  const select = (name: keyof Values, label: string, options: { value: string | number; label: string }[], width = 190) => (
    <Form.Item name={name} label={label} hidden={hidden}>
      <Select allowClear showSearch optionFilterProp="label" placeholder={t("common.all")} options={options} style={{ width: widthOf(width) }} />
    </Form.Item>
  );

  return (
    <Form form={form} name="pakn-search" layout={layout} onFinish={submit} style={{ rowGap: 8, marginBottom: 12 }} aria-label={t("pakn.search.title")}>
      <Form.Item name="q" label={t("pakn.search.keyword")}>
        <Input allowClear placeholder={t("pakn.search.keywordPlaceholder")} style={{ width: widthOf(260) }} maxLength={200} />
      </Form.Item>
      {select("progress", t("pakn.fields.progress"), PROGRESSES.map((p) => ({ value: p, label: t(`pakn.progress.${p}`) })), 150)}
      {select("channelId", t("pakn.fields.channel"), channels.map((c) => ({ value: c.id, label: c.name })))}
      {select("categoryId", t("pakn.fields.category"), categories.map((c) => ({ value: c.id, label: c.name })))}
      <Form.Item name="from" label={t("pakn.search.from")} hidden={hidden}>
        <DatePicker format={DATE_PICKER_FORMAT} style={{ width: widthOf(140) }} />
      </Form.Item>
      <Form.Item name="to" label={t("pakn.search.to")} hidden={hidden}>
        <DatePicker format={DATE_PICKER_FORMAT} style={{ width: widthOf(140) }} />
      </Form.Item>
      {select("status", t("pakn.fields.status"), STATUSES.map((s) => ({ value: s, label: t(`pakn.status.${s}`) })), 150)}
      {select("stepId", t("pakn.fields.step"), steps.map((s) => ({ value: s.id, label: s.name })))}
      {narrow && (
        <Button type="link" onClick={() => setExpanded(!expanded)} style={{ paddingInline: 0, marginInlineEnd: 16 }}>
          {expanded ? t("pakn.search.fewerFilters") : t("pakn.search.moreFilters", { active: activeFilters ? ` (${activeFilters})` : "" })}
        </Button>
      )}
      <Button type="primary" htmlType="submit">
        {t("common.search")}
      </Button>
      <Button
        onClick={() => {
          form.setFieldsValue(emptyValues);
          onSearch({});
        }}
      >
        {t("common.refresh")}
      </Button>
    </Form>
  );
}

/** How many filters other than the keyword narrow the list. */
const activeFilterCount = (filters: PaknFilters) =>
  Object.entries(filters).filter(([key, value]) => value !== undefined && !["q", "page", "size", "sort"].includes(key)).length;

const emptyValues: Values = {
  q: undefined,
  progress: undefined,
  channelId: undefined,
  categoryId: undefined,
  from: undefined,
  to: undefined,
  status: undefined,
  stepId: undefined,
};
