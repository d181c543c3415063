import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type StepDurations = components["schemas"]["StepDurationsView"];
export type StepDuration = components["schemas"]["StepDuration"];
export type DurationRequest = components["schemas"]["DurationRequest"];

const KEY = ["step-durations"] as const;

export function useStepDurations() {
  return useQuery({ queryKey: KEY, queryFn: async () => unwrap(await api.GET("/api/v1/admin/step-durations")) });
}

/** Sets a step's default processing time (no `categoryId`) or its time for one category. */
export function useSetStepDuration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ stepId, categoryId, body }: { stepId: number; categoryId?: number; body: DurationRequest }) =>
      categoryId === undefined
        ? unwrap(await api.PUT("/api/v1/admin/step-durations/{stepId}/default", { params: { path: { stepId } }, body }))
        : unwrap(await api.PUT("/api/v1/admin/step-durations/{stepId}/categories/{categoryId}", { params: { path: { stepId, categoryId } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRemoveCategoryDuration() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ stepId, categoryId }: { stepId: number; categoryId: number }) =>
      unwrap(await api.DELETE("/api/v1/admin/step-durations/{stepId}/categories/{categoryId}", { params: { path: { stepId, categoryId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The chuyên mục an override can be set for. */
export function useCategories() {
  return useQuery({
    queryKey: ["catalog", "categories"],
    queryFn: async () => unwrap(await api.GET("/api/v1/{catalog}", { params: { path: { catalog: "categories" } } })),
    staleTime: 5 * 60_000,
  });
}
