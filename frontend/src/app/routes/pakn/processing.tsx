import { PaknList } from "@/features/pakn/components/pakn-list";

/** Xử lý phản ánh: what my unit (or I) must act on now. */
export default function PaknProcessingPage() {
  return <PaknList kind="inbox" />;
}
