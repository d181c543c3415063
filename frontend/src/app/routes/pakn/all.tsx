import { PaknList } from "@/features/pakn/components/pakn-list";

/** Tất cả phản ánh: everything my unit has or had; operators and the provincial office see every unit. */
export default function PaknAllPage() {
  return <PaknList kind="all" />;
}
