import { ListReportPage } from "@/features/statistics/components/list-report-page";

/** Thống kê theo danh sách: every field of each PAKN, exported to Excel for filing. */
export default function StatisticsListPage() {
  return <ListReportPage />;
}
