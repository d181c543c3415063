import { DeleteOutlined, PaperClipOutlined } from "@ant-design/icons";
import { App, Button, Popconfirm, Space } from "antd";
import { useTranslation } from "react-i18next";

import { type Attachment, downloadAttachment, useRemoveAttachment } from "@/features/pakn/api/attachments";
import { useApiError } from "@/lib/api-error";

/** An item's files, each downloadable; the backend marks `removable` those the officer may take back now. */
export function AttachmentLinks({ attachments }: { attachments: Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <Space wrap size={4}>
      {attachments.map((file) => (
        <Space key={file.id} size={0}>
          <Button size="small" type="link" icon={<PaperClipOutlined />} onClick={() => void downloadAttachment(file)}>
            {file.fileName}
          </Button>
          {file.removable && <RemoveButton file={file} />}
        </Space>
      ))}
    </Space>
  );
}

/** Gỡ tập tin: asks first, because the file goes for everyone (often it is another citizen's document). */
function RemoveButton({ file }: { file: Attachment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const remove = useRemoveAttachment();
  return (
    <Popconfirm
      title={t("workflow.files.removeConfirm", { name: file.fileName })}
      description={t("workflow.files.removeDescription")}
      okText={t("workflow.files.removeOk")}
      okButtonProps={{ danger: true }}
      cancelText={t("common.cancel")}
      onConfirm={() => remove.mutateAsync(file).then(() => void message.success(t("workflow.files.removed")), (error) => showError(error))}
    >
      <Button type="text" size="small" danger icon={<DeleteOutlined />} loading={remove.isPending} aria-label={t("workflow.files.remove", { name: file.fileName })} />
    </Popconfirm>
  );
}
