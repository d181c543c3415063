import type { components } from "@/lib/api/schema";

type Schemas = components["schemas"];

export type PaknStatus = Schemas["PaknStatus"];
export type Progress = Schemas["Progress"];

export type StatusReport = Schemas["StatusReport"];
export type StatusCount = Schemas["StatusShare"];
export type ChannelStatusRow = Schemas["ChannelStatuses"];
export type UnitStatusRow = Schemas["UnitStatuses"];
export type ListRow = Schemas["ListRow"];
