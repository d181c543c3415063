import { UnitReportPage } from "@/features/statistics/components/unit-report-page";

/** Thống kê theo tiến độ: on time, late, and on time thanks to an appointment, per unit. */
export default function StatisticsProgressPage() {
  return <UnitReportPage kind="progress" />;
}
