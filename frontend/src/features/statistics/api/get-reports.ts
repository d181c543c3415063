import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api-error";

import { type ListFilters, type StatisticsFilters, toApiQuery, toListApiQuery } from "../lib/filters";

/** The per-unit reports: the same filters, a row per unit and the totals. */
export type UnitReportKind = "identity" | "rating" | "progress";
export type ReportKind = "status" | "list" | UnitReportKind;

export async function getStatusReport(filters: StatisticsFilters) {
  return unwrap(await api.GET("/api/v1/statistics/status", { params: { query: toApiQuery(filters) } }));
}

export async function getListReport(filters: ListFilters) {
  return unwrap(await api.GET("/api/v1/statistics/list", { params: { query: toListApiQuery(filters) } }));
}

export async function getIdentityReport(filters: StatisticsFilters) {
  return unwrap(await api.GET("/api/v1/statistics/identity", { params: { query: toApiQuery(filters) } }));
}

export async function getRatingReport(filters: StatisticsFilters) {
  return unwrap(await api.GET("/api/v1/statistics/rating", { params: { query: toApiQuery(filters) } }));
}

export async function getProgressReport(filters: StatisticsFilters) {
  return unwrap(await api.GET("/api/v1/statistics/progress", { params: { query: toApiQuery(filters) } }));
}

/** `enabled` waits for the signed-in officer, so that a unit-scoped officer never asks for every unit. */
export const statusReportQueryOptions = (filters: StatisticsFilters, enabled = true) =>
  queryOptions({ queryKey: ["statistics", "status", filters], queryFn: () => getStatusReport(filters), enabled, placeholderData: keepPreviousData });

export const listReportQueryOptions = (filters: ListFilters, enabled = true) =>
  queryOptions({ queryKey: ["statistics", "list", filters], queryFn: () => getListReport(filters), enabled, placeholderData: keepPreviousData });

export function useStatusReport(filters: StatisticsFilters, enabled = true) {
  return useQuery(statusReportQueryOptions(filters, enabled));
}

export function useListReport(filters: ListFilters, enabled = true) {
  return useQuery(listReportQueryOptions(filters, enabled));
}

const unitReportFetchers = { identity: getIdentityReport, rating: getRatingReport, progress: getProgressReport };

export type UnitReportData<K extends UnitReportKind> = Awaited<ReturnType<(typeof unitReportFetchers)[K]>>;

/** Định danh, Đánh giá or Tiến độ: one hook, as the three pages differ only in their columns. */
export function useUnitReport<K extends UnitReportKind>(kind: K, filters: StatisticsFilters, enabled = true) {
  return useQuery({
    queryKey: ["statistics", kind, filters],
    queryFn: () => unitReportFetchers[kind](filters) as Promise<UnitReportData<K>>,
    enabled,
    placeholderData: keepPreviousData,
  });
}
