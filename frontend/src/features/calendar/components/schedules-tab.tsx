import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Popconfirm, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { Secondary } from "@/components/row-text";
import { useApiError } from "@/lib/api-error";
import { formatDate } from "@/lib/format-date";
import { FROM_MD, usePhone } from "@/lib/use-phone";

import { useDeleteSchedule } from "../api/schedules";
import { DAYS_OF_WEEK, describePeriods, type ScheduleView } from "../lib/schedule-form";
import { ScheduleFormModal } from "./schedule-form-modal";

/** Lịch tuần: the weekly schedules and the dates they are valid between. */
export function SchedulesTab({ schedules, loading }: { schedules: ScheduleView[]; loading: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ schedule?: ScheduleView } | null>(null);
  const remove = useDeleteSchedule();
  const showError = useApiError();
  // on a phone one column: the schedule's name, then its validity and hours
  const phone = usePhone();
  const validity = (schedule: ScheduleView) =>
    `${formatDate(schedule.validFrom, "date")} – ${schedule.validTo ? formatDate(schedule.validTo, "date") : t("calendar.openEnded")}`;
  const hours = (schedule: ScheduleView) =>
    DAYS_OF_WEEK.filter((day) => (schedule.days[day] ?? []).length > 0).map((day) => (
      <div key={day}>
        {t(`calendar.daysShort.${day}`)}: {describePeriods(schedule.days[day])}
      </div>
    ));

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 8 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t("calendar.addSchedule")}
        </Button>
      </Flex>
      <Table<ScheduleView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={schedules}
        pagination={false}
        scroll={phone ? undefined : { x: true }}
        columns={[
          {
            key: "name",
            title: t("calendar.scheduleName"),
            dataIndex: "name",
            render: (name: string, schedule) =>
              phone ? (
                <>
                  <div style={{ fontWeight: 500 }}>{name}</div>
                  <Secondary block>{validity(schedule)}</Secondary>
                  {hours(schedule)}
                </>
              ) : (
                name
              ),
          },
          { key: "validity", title: t("calendar.validity"), ...FROM_MD, render: (_, schedule) => validity(schedule) },
          { key: "hours", title: t("calendar.workingHours"), ...FROM_MD, render: (_, schedule) => hours(schedule) },
          {
            key: "actions",
            title: t("common.actions"),
            width: phone ? 72 : 100,
            render: (_, schedule) => (
              <Flex gap={4}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t("common.edit")} onClick={() => setEditing({ schedule })} />
                <Popconfirm
                  title={t("calendar.deleteScheduleConfirm", { name: schedule.name })}
                  okText={t("common.delete")}
                  cancelText={t("common.cancel")}
                  onConfirm={() => remove.mutateAsync(schedule.id).catch((error) => showError(error))}
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t("common.delete")} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <ScheduleFormModal open={editing !== null} schedule={editing?.schedule} onClose={() => setEditing(null)} />
    </>
  );
}
