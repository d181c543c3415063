import { EyeOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { ColumnType } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";

import { FROM_MD } from "@/lib/use-phone";

/**
 * What the item lists (Xử lý phản ánh, Tất cả phản ánh, Phiếu hẹn xử lý) share. Their other columns take 908 px and
 * the title at least 232 px: at 1366–1440 px, an officer's usual screen, the title reads on one or two lines instead
 * of being squeezed while the table scrolls sideways; wider screens give the title the rest.
 */
export const TABLE_MIN_WIDTH = 1140;

/** STT, counted across pages; hidden on a phone. */
export function indexColumn<T>(title: string, page: number, size: number): ColumnType<T> {
  return { title, key: "index", ...FROM_MD, width: 52, align: "right", render: (_, __, index) => (page - 1) * size + index + 1 };
}

/** The open button's column (a double click, or Enter on a focused row, opens the item too). */
export function openColumn<T extends { code: string }>(title: string, phone: boolean, onOpen: (row: T) => void): ColumnType<T> {
  return { title, key: "actions", width: phone ? 64 : 76, align: "center", render: (_, row) => <OpenButton code={row.code} onClick={() => onOpen(row)} /> };
}

function OpenButton({ code, onClick }: { code: string; onClick: () => void }) {
  const { t } = useTranslation();
  return <Button size="small" type="text" icon={<EyeOutlined />} aria-label={t("pakn.open", { code })} onClick={onClick} />;
}
