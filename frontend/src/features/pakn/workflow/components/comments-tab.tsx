import { Button, Empty, Form, Input, List, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useAttachments } from "@/features/pakn/api/attachments";
import { formatDate } from "@/lib/format-date";

import { useComments } from "../api/get-workflow";
import type { ActionRequest } from "../api/perform-action";
import { AttachmentLinks } from "./attachment-links";
import { FileDragger, filesOf } from "./file-dragger";
import type { useActionRunner } from "./use-action-runner";

type Props = { paknId: number; canComment: boolean; runner: ReturnType<typeof useActionRunner> };

/** Ý kiến xử lý: the opinions of every unit on the item, and a new one with its files. */
export function CommentsTab({ paknId, canComment, runner }: Props) {
  const { t } = useTranslation();
  const comments = useComments(paknId);
  const attachments = (useAttachments(paknId).data ?? []).filter((file) => file.purpose === "COMMENT");
  const [form] = Form.useForm<Pick<ActionRequest, "comment">>();
  const [files, setFiles] = useState<UploadFile[]>([]);

  const submit = async ({ comment }: Pick<ActionRequest, "comment">) => {
    const done = await runner.run("comment", { comment: comment?.trim() }, { form, files: filesOf(files), purpose: "COMMENT" });
    if (done) {
      form.resetFields();
      setFiles([]);
    }
  };

  return (
    <>
      <List
        loading={comments.isPending}
        dataSource={comments.data ?? []}
        rowKey="id"
        locale={{ emptyText: <Empty description={t("workflow.comments.none")} /> }}
        renderItem={(comment) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {comment.authorName} <Typography.Text type="secondary">— {comment.unitName} — {formatDate(comment.createdAt, "dateTimeSeconds")}</Typography.Text>
                </>
              }
              description={<span style={{ whiteSpace: "pre-wrap", color: "rgba(0,0,0,0.88)" }}>{comment.content}</span>}
            />
          </List.Item>
        )}
      />
      {attachments.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t("workflow.files.label")}: </Typography.Text>
          <AttachmentLinks attachments={attachments} />
        </div>
      )}
      {canComment && (
        <Form form={form} name="comment" layout="vertical" onFinish={submit}>
          <Form.Item
            name="comment"
            label={t("workflow.comments.add")}
            rules={[{ required: true, whitespace: true, message: t("common.required", { field: t("workflow.comment").toLowerCase() }) }]}
          >
            <Input.TextArea rows={3} maxLength={4000} placeholder={t("workflow.commentPlaceholder")} />
          </Form.Item>
          <Form.Item>
            <FileDragger files={files} onChange={setFiles} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={runner.pending}>
            {t("workflow.comments.send")}
          </Button>
        </Form>
      )}
    </>
  );
}
