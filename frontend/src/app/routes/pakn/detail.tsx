import { PaknDetailPage } from "@/features/pakn/components/pakn-detail-page";

export default function PaknDetailRoute() {
  return <PaknDetailPage />;
}
