import type { components } from "@/lib/api/schema";
import { positiveInt } from "@/lib/query-params";

import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from "../../lib/filters";

export type AppointmentState = components["schemas"]["AppointmentState"];

export const APPOINTMENT_STATES: readonly AppointmentState[] = ["PENDING", "APPROVED", "REJECTED"];

/** The search of "Phiếu hẹn xử lý" as the URL keeps it and the API takes it (page 1-based). */
export type AppointmentFilters = { q?: string; state?: AppointmentState; page: number; size: number };

/** Reads the filters from a URL query; anything malformed is dropped, so a hand-edited link never breaks the page. */
export function appointmentFiltersFromQuery(params: URLSearchParams): AppointmentFilters {
  const q = params.get("q")?.trim();
  const size = positiveInt(params.get("size"));
  return {
    q: q ? q.slice(0, 200) : undefined,
    state: APPOINTMENT_STATES.find((state) => state === params.get("state")),
    page: positiveInt(params.get("page")) ?? 1,
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The URL query of the filters, without empty values and defaults. */
export function appointmentFiltersToQuery(filters: AppointmentFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.state) params.set("state", filters.state);
  if (filters.page !== 1) params.set("page", String(filters.page));
  if (filters.size !== DEFAULT_PAGE_SIZE) params.set("size", String(filters.size));
  return params;
}
