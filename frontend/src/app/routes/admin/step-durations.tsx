import { StepDurationsPage } from "@/features/step-durations/components/step-durations-page";

export default StepDurationsPage;
