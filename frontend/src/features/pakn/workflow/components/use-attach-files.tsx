import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useTranslation } from "react-i18next";

import { type AttachmentPurpose, filesChanged, uploadAttachment } from "@/features/pakn/api/attachments";
import { type Problem, problemDescription, toProblem } from "@/lib/api-error";

type Attach = {
  paknId: number;
  files: File[];
  purpose: AttachmentPurpose;
  /** What was saved all the same, and what the officer can do with the files left over. */
  saved: string;
};

export type Refusal = { file: File; problem: Problem };

/**
 * Sends files to an item already saved. The server may refuse each one on its own (type, content, size), so one
 * refusal does not stop the others, and the refused files are named, each with the server's reason, in one notification
 * that stays until closed.
 */
export function useAttachFiles() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ paknId, files, purpose }: Attach) => {
      const refused: Refusal[] = [];
      for (const file of files) {
        try {
          await uploadAttachment(paknId, file, purpose);
        } catch (error) {
          refused.push({ file, problem: toProblem(error, t("errors.network")) });
        }
      }
      return refused;
    },
    onSuccess: async (refused, { paknId, saved }) => {
      await filesChanged(queryClient, paknId);
      if (refused.length === 0) return;
      notification.error({
        message: t("workflow.files.notAttached"),
        description: <NotAttached refused={refused} saved={saved} />,
        duration: 0,
        placement: "topRight",
      });
    },
  });
  const attach = async (input: Attach): Promise<Refusal[]> => (input.files.length === 0 ? [] : mutation.mutateAsync(input));
  return { attach, pending: mutation.isPending };
}

function NotAttached({ refused, saved }: { refused: Refusal[]; saved: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ul style={{ margin: "0 0 8px", paddingLeft: 18 }}>
        {refused.map(({ file, problem }, index) => (
          <li key={index}>{t("workflow.files.refusal", { name: file.name, reason: reasonOf(problem) })}</li>
        ))}
      </ul>
      {saved}
    </>
  );
}

const reasonOf = (problem: Problem) => [problem.title, problemDescription(problem)].filter(Boolean).join(" — ");
