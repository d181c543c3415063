import type { components } from "@/lib/api/schema";

export type PaknStatus = components["schemas"]["PaknStatus"];
export type Progress = components["schemas"]["Progress"];

export type StatusCount = { status: PaknStatus; label: string; count: number; percent: number };
export type ChannelStatusRow = {
  channelId: number;
  channelName: string;
  total: number;
  counts: { status: PaknStatus; label: string; count: number }[];
};
export type WeekCount = { weekStart: string; count: number };
export type StatusReport = { total: number; byStatus: StatusCount[]; byChannel: ChannelStatusRow[]; byWeek: WeekCount[] };

export type ListRow = {
  id: number;
  code: string;
  reporterName?: string | null;
  reporterPhone?: string | null;
  reportedUnitName?: string | null;
  title: string;
  locationText?: string | null;
  reportedAt: string;
  categoryName: string;
  channelName: string;
  identityDisclosed: boolean;
  status: PaknStatus;
  statusLabel: string;
  mainUnitName?: string | null;
  deadline?: string | null;
  progress?: Progress | null;
  progressLabel?: string | null;
  completedAt?: string | null;
  rating?: string | null;
  ratingLabel?: string | null;
};
export type ListPage = { items: ListRow[]; page: number; size: number; total: number; totalExact: boolean };

type UnitRow = { unitId?: number | null; unitName: string; total: number };
export type IdentityRow = UnitRow & { disclosed: number; anonymous: number; disclosedPercent: number; anonymousPercent: number };
export type RatingRow = UnitRow & {
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  satisfiedPercent: number;
  neutralPercent: number;
  dissatisfiedPercent: number;
};
export type ProgressRow = UnitRow & {
  onTime: number;
  late: number;
  extended: number;
  onTimePercent: number;
  latePercent: number;
  extendedPercent: number;
};
export type UnitReport<R> = { totals: R; rows: R[] };
