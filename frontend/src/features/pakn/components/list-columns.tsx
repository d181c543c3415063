import { EyeOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import type { ColumnType } from "antd/es/table/interface";
import type { CSSProperties, ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { FROM_MD } from "@/lib/use-phone";

/**
 * What the item lists (Xử lý phản ánh, Tất cả phản ánh, Phiếu hẹn xử lý) share. Their other columns take 908 px and
 * the title at least 232 px: at 1366–1440 px, an officer's usual screen, the title reads on one or two lines instead
 * of being squeezed while the table scrolls sideways; wider screens give the title the rest.
 */
export const TABLE_MIN_WIDTH = 1140;

const SECONDARY: CSSProperties = { color: "rgba(0,0,0,0.45)", fontSize: 12 };

/** STT, counted across pages; hidden on a phone. */
export function indexColumn<T>(title: string, page: number, size: number): ColumnType<T> {
  return { title, key: "index", ...FROM_MD, width: 52, align: "right", render: (_, __, index) => (page - 1) * size + index + 1 };
}

/** The title with its code under it; on a phone (`phone` given) what the hidden columns would have told. */
export function TitleCell({ title, code, phone }: { title: string; code: string; phone?: ReactNode }) {
  return (
    <>
      <div style={{ fontWeight: 500 }}>{title}</div>
      <div style={SECONDARY}>{code}</div>
      {phone && (
        <Space size={4} wrap style={{ marginTop: 4 }}>
          {phone}
        </Space>
      )}
    </>
  );
}

/** Grey small text beside the tags of a phone's title cell. */
export function Secondary({ children }: { children: ReactNode }) {
  return <span style={SECONDARY}>{children}</span>;
}

/** The open button's column (a double click, or Enter on a focused row, opens the item too). */
export function openColumn<T extends { code: string }>(title: string, phone: boolean, onOpen: (row: T) => void): ColumnType<T> {
  return { title, key: "actions", width: phone ? 64 : 76, align: "center", render: (_, row) => <OpenButton code={row.code} onClick={() => onOpen(row)} /> };
}

function OpenButton({ code, onClick }: { code: string; onClick: () => void }) {
  const { t } = useTranslation();
  return <Button size="small" type="text" icon={<EyeOutlined />} aria-label={t("pakn.open", { code })} onClick={onClick} />;
}
