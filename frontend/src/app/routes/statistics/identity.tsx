import { UnitReportPage } from "@/features/statistics/components/unit-report-page";

/** Thống kê theo định danh: disclosed and anonymous reporters, per unit. */
export default function StatisticsIdentityPage() {
  return <UnitReportPage kind="identity" />;
}
