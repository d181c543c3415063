import type { components } from "@/lib/api/schema";

export type ReturnReason = components["schemas"]["ReturnReason"];

export const RETURN_REASONS: readonly ReturnReason[] = [
  "WRONG_JURISDICTION",
  "DUPLICATE",
  "IS_COMPLAINT",
  "INSUFFICIENT_INFORMATION",
  "OTHER",
];
