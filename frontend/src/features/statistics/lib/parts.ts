import type { PaknStatus } from "../api/types";

/** The colours of the reports' parts, the same in every chart (and close to the tags of the PAKN lists). */
export const STATUS_COLORS: Record<PaknStatus, string> = {
  AWAITING_RECEPTION: "#8c8c8c",
  WAITING: "#faad14",
  IN_PROGRESS: "#1677ff",
  APPOINTED: "#722ed1",
  COMPLETED: "#52c41a",
};

export const POSITIVE = "#52c41a";
export const NEUTRAL = "#faad14";
export const NEGATIVE = "#f5222d";
export const EXTENDED = "#722ed1";
export const DISCLOSED = "#1677ff";
export const ANONYMOUS = "#8c8c8c";
