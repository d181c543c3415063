import { UnitReportPage } from "@/features/statistics/components/unit-report-page";

/** Thống kê theo đánh giá: the citizens' satisfaction, per unit. */
export default function StatisticsRatingPage() {
  return <UnitReportPage kind="rating" />;
}
