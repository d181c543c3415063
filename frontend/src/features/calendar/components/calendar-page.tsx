import { Card, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";

import { useCalendar } from "../api/get-calendar";
import { DaysTab } from "./days-tab";
import { SchedulesTab } from "./schedules-tab";

/** Lịch làm việc: what deadlines are counted in — weekly schedules, public holidays, compensatory working days. */
export function CalendarPage() {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const holidays = calendar.data?.holidays ?? [];
  const compensatory = calendar.data?.compensatoryDays ?? [];

  return (
    <Card
      size="small"
      title={
        <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
          {t("calendar.title")}
        </Typography.Title>
      }
    >
      <Tabs
        items={[
          { key: "schedules", label: t("calendar.schedules"), children: <SchedulesTab schedules={calendar.data?.schedules ?? []} loading={calendar.isFetching} /> },
          { key: "holidays", label: t("calendar.holidays"), children: <DaysTab kind="holiday" holidays={holidays} compensatory={compensatory} loading={calendar.isFetching} /> },
          { key: "compensatory", label: t("calendar.compensatoryDays"), children: <DaysTab kind="compensatory" holidays={holidays} compensatory={compensatory} loading={calendar.isFetching} /> },
        ]}
      />
    </Card>
  );
}
