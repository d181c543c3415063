import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Popconfirm, Select, Table } from "antd";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { Secondary } from "@/components/row-text";
import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { type DayKind, useRemoveDay } from "../api/calendar-days";
import { DAYS_OF_WEEK, type CalendarDay } from "../lib/schedule-form";
import { DayFormModal } from "./day-form-modal";

/** Ngày nghỉ lễ or ngày làm bù of one year. */
export function DaysTab({ kind, holidays, compensatory, loading }: { kind: DayKind; holidays: CalendarDay[]; compensatory: CalendarDay[]; loading: boolean }) {
  const { t } = useTranslation();
  const days = kind === "holiday" ? holidays : compensatory;
  const [year, setYear] = useState(dayjs().year());
  const [adding, setAdding] = useState(false);
  const remove = useRemoveDay(kind);
  const showError = useApiError();
  // on a phone the day's name with its date under it
  const phone = usePhone();
  const weekday = (entry: CalendarDay) => t(`calendar.days.${DAYS_OF_WEEK[(dayjs(entry.day).day() + 6) % 7]}`);
  const years = useMemo(() => [...new Set([dayjs().year(), ...days.map((entry) => Number(entry.day.slice(0, 4)))])].sort(), [days]);

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 8 }}>
        <Select aria-label={t("calendar.year")} value={year} onChange={setYear} style={{ width: 120 }} options={years.map((value) => ({ value, label: String(value) }))} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t(kind === "holiday" ? "calendar.addHoliday" : "calendar.addCompensatory")}
        </Button>
      </Flex>
      <Table<CalendarDay>
        rowKey="day"
        size="small"
        loading={loading}
        dataSource={days.filter((entry) => entry.day.startsWith(`${year}-`))}
        pagination={false}
        columns={[
          { key: "day", title: t("calendar.day"), ...FROM_MD, width: 120, render: (_, entry) => formatDate(entry.day, "date") },
          { key: "weekday", title: t("calendar.weekday"), ...FROM_MD, width: 110, render: (_, entry) => weekday(entry) },
          {
            key: "name",
            title: t("calendar.dayName"),
            dataIndex: "name",
            render: (name: string, entry) =>
              phone ? (
                <>
                  {name}
                  <Secondary block>{`${weekday(entry)}, ${formatDate(entry.day, "date")}`}</Secondary>
                </>
              ) : (
                name
              ),
          },
          {
            key: "actions",
            title: t("common.actions"),
            width: phone ? 64 : 80,
            render: (_, entry) => (
              <Popconfirm
                title={t("calendar.deleteDayConfirm", { day: formatDate(entry.day, "date") })}
                okText={t("common.delete")}
                cancelText={t("common.cancel")}
                onConfirm={() => remove.mutateAsync(entry.day).catch((error) => showError(error))}
              >
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t("common.delete")} />
              </Popconfirm>
            ),
          },
        ]}
      />
      <DayFormModal kind={kind} open={adding} holidays={holidays} compensatory={compensatory} onClose={() => setAdding(false)} />
    </>
  );
}
