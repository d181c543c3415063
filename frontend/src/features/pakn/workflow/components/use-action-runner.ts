import { App } from "antd";
import type { FormInstance } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";

import type { VersionedPakn } from "@/features/pakn/api/get-pakn";
import type { AttachmentPurpose } from "@/features/pakn/api/attachments";
import { useApiError } from "@/lib/api-error";

import { type ActionBody, usePerformAction } from "../api/perform-action";
import { isStale } from "../lib/conflict";
import { useAttachFiles } from "./use-attach-files";

type Options = { form?: FormInstance; files?: File[]; purpose?: AttachmentPurpose; label?: string };

/**
 * Runs an action on the version shown; a refusal goes to the form or a notification, and files are sent only once the
 * action is recorded. On a stale version the open dialog stays with what the officer typed, so that they can check the
 * reloaded item and press again. When files are refused the action stays recorded, but the dialog stays open too,
 * with its files, so that the officer can send them again or close.
 */
export function useActionRunner(pakn: VersionedPakn | undefined) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useApiError();
  const perform = usePerformAction();
  const { attach, pending: attaching } = useAttachFiles();
  // After some files were refused: the files of that press, each with whether it was attached. Pressing again with any
  // of them still listed sends only the files not attached yet, never the recorded action a second time.
  const sent = useRef(new Map<File, boolean>());

  const run = async (action: string, body: ActionBody = {}, { form, files = [], purpose = "PAKN", label }: Options = {}) => {
    if (!pakn) return false;
    const id = pakn.detail.id;
    const done = label ?? t(`workflow.actions.${action}`, { defaultValue: action });
    if (!files.some((file) => sent.current.has(file))) {
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
    }
    const unsent = files.filter((file) => !sent.current.get(file));
    const refused = await attach({ paknId: id, files: unsent, purpose, saved: t("workflow.files.kept", { action: done }) });
    sent.current = new Map(refused.length === 0 ? [] : files.map((file) => [file, !refused.some((refusal) => refusal.file === file)]));
    if (refused.length > 0) return false;
    message.success(t("workflow.done", { action: done }));
    return true;
  };

  return { run, pending: perform.isPending || attaching };
}
