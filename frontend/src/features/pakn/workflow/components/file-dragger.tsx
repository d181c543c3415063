import { InboxOutlined } from "@ant-design/icons";
import { App, Upload } from "antd";
import type { UploadFile } from "antd";
import { useTranslation } from "react-i18next";

import { ACCEPT, ALLOWED_TYPES, uploadRefusal } from "@/features/pakn/lib/upload-rules";

/**
 * Drag-and-drop (or pick) files to send after the action succeeds; the type and size are checked here so that a
 * wrong file is refused before anything is recorded.
 */
export function FileDragger({ files, onChange }: { files: UploadFile[]; onChange: (files: UploadFile[]) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Upload.Dragger
      multiple
      accept={ACCEPT}
      fileList={files}
      beforeUpload={(file) => {
        const refusal = uploadRefusal(file);
        if (refusal) {
          message.error(t(`workflow.files.refused.${refusal}`, { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return false;
      }}
      onChange={({ fileList }) => onChange(fileList)}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t("workflow.files.drop")}</p>
      <p className="ant-upload-hint">{t("workflow.files.types", { types: ALLOWED_TYPES.join(", ") })}</p>
    </Upload.Dragger>
  );
}

/** The browser files behind the list the dragger keeps. */
export function filesOf(list: UploadFile[]): File[] {
  return list.flatMap((file) => (file.originFileObj ? [file.originFileObj as File] : []));
}
