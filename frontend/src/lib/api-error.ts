import { App } from "antd";
import type { FormInstance } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

import type { components } from "@/lib/api/schema";

type GeneratedProblem = components["schemas"]["Problem"];

/** Only type, code, title and status are always present; the backend leaves out what a problem does not have. */
export type Problem = Pick<GeneratedProblem, "type" | "code" | "title" | "status"> & Partial<GeneratedProblem>;

/** A failed API call, carrying the backend's RFC 9457 problem detail. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "title" in value && "status" in value;
}

/** The data of an openapi-fetch result, or an ApiError for TanStack Query to hand to `onError`. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const { error, response } = result;
  throw new ApiError(
    isProblem(error) ? error : { type: "about:blank", code: "http-error", title: response.statusText, status: response.status },
  );
}

/** Field errors in antd's `setFields` shape; `roles[0]` and `roles` both land on the `roles` field. */
export function fieldErrors(problem: Problem): { name: string; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const { field, message } of problem.errors ?? []) {
    const name = field.replace(/\[.*$/, "").replace(/\.<.*$/, "");
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** Which fields of `problem` a form can show; the others must be reported in the notification. */
export function splitFieldErrors(problem: Problem, formFields: readonly string[] | undefined) {
  const all = fieldErrors(problem);
  const shown = formFields ? all.filter((e) => formFields.includes(e.name)) : [];
  const unshown = all.filter((e) => !shown.includes(e));
  return { shown, unshown };
}

/** What is said under the problem's title: its detail, and the field errors no form shows. */
export function problemDescription(problem: Problem, unshown = fieldErrors(problem)): string {
  return [problem.detail, ...unshown.flatMap((e) => e.errors)].filter(Boolean).join(" ");
}

export function toProblem(error: unknown, fallbackTitle: string): Problem {
  if (error instanceof ApiError) return error.problem;
  return { type: "about:blank", code: "network-error", title: fallbackTitle, status: 0 };
}

/**
 * The one mapping from the backend's errors to the screen: field errors onto the form's fields, everything else as a
 * notification with the problem's title and detail.
 */
export function useApiError() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const problem = toProblem(error, t("errors.network"));
      const { shown, unshown } = splitFieldErrors(problem, form && Object.keys(form.getFieldsValue()));
      if (form && shown.length > 0) form.setFields(shown);
      if (shown.length > 0 && unshown.length === 0) return;
      const details = problemDescription(problem, unshown);
      notification.error({ message: problem.title, description: details || undefined, placement: "topRight" });
    },
    [notification, t],
  );
}
