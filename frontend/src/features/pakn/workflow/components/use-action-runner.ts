import { useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import type { FormInstance } from "antd";
import { useTranslation } from "react-i18next";

import type { VersionedPakn } from "@/features/pakn/api/get-pakn";
import { type AttachmentPurpose, uploadAttachment } from "@/features/pakn/api/attachments";
import { useApiError } from "@/lib/api-error";

import { type ActionBody, usePerformAction } from "../api/perform-action";
import { isStale } from "../lib/conflict";

type Options = { form?: FormInstance; files?: File[]; purpose?: AttachmentPurpose; label?: string };

/**
 * Runs an action on the version shown; a refusal goes to the form or a notification, and files are sent only once the
 * action is recorded. On a stale version the open dialog stays with what the officer typed, so that they can check the
 * reloaded item and press again.
 */
export function useActionRunner(pakn: VersionedPakn | undefined) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useApiError();
  const perform = usePerformAction();
  const queryClient = useQueryClient();

  const run = async (action: string, body: ActionBody = {}, { form, files = [], purpose = "PAKN", label }: Options = {}) => {
    if (!pakn) return false;
    const id = pakn.detail.id;
    try {
      await perform.mutateAsync({ id, etag: pakn.etag, action, body });
    } catch (error) {
      if (isStale(error)) {
        // usePerformAction reloaded the item (onSettled) before the refusal got here: the next press sends its new version
        notification.warning({ message: t("workflow.conflict.title"), description: t("workflow.conflict.reloaded"), placement: "topRight" });
      } else {
        showError(error, form);
      }
      return false;
    }
    for (const file of files) {
      try {
        await uploadAttachment(id, file, purpose);
      } catch (error) {
        showError(error);
      }
    }
    if (files.length > 0) await queryClient.invalidateQueries({ queryKey: ["pakn", "attachments", id] });
    message.success(t("workflow.done", { action: label ?? t(`workflow.actions.${action}`, { defaultValue: action }) }));
    return true;
  };

  return { run, pending: perform.isPending };
}
