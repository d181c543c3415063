import { UnitsPage } from "@/features/units/components/units-page";

export default UnitsPage;
