import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";

import { buttonLabelKey, type DetailButton } from "../lib/detail-buttons";

const PRIMARY: ReadonlySet<DetailButton> = new Set(["specialist", "updateResult", "complete", "receive", "route", "approveResult", "approveAppointment"]);

/** The buttons of the detail page that `/actions` allows, in the manual's order. */
export function ActionBar({ buttons, busy, onClick }: { buttons: DetailButton[]; busy: boolean; onClick: (button: DetailButton) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={6}>
      {buttons.map((button) => (
        <Button key={button} type={PRIMARY.has(button) ? "primary" : "default"} disabled={busy && button !== "process"} onClick={() => onClick(button)}>
          {t(buttonLabelKey(button))}
        </Button>
      ))}
    </Space>
  );
}
