import { StatusReportPage } from "@/features/statistics/components/status-report-page";

/** Thống kê theo trạng thái: by status and by channel. */
export default function StatisticsStatusPage() {
  return <StatusReportPage />;
}
