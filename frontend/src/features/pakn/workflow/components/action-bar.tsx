import { Button, Space, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

import type { DetailButton } from "../lib/detail-buttons";

const PRIMARY: ReadonlySet<DetailButton> = new Set(["specialist", "updateResult", "complete", "receive", "route", "approveResult"]);

/** The buttons of the detail page that `/actions` allows, in the manual's order. */
export function ActionBar({ buttons, busy, onClick }: { buttons: DetailButton[]; busy: boolean; onClick: (button: DetailButton) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={6}>
      {buttons.map((button) =>
        button === "appoint" ? (
          <Tooltip key={button} title={t("pakn.buttons.appointLater")}>
            <Button disabled>{t("pakn.buttons.appoint")}</Button>
          </Tooltip>
        ) : (
          <Button key={button} type={PRIMARY.has(button) ? "primary" : "default"} disabled={busy && button !== "process"} onClick={() => onClick(button)}>
            {t(`pakn.buttons.${button}`)}
          </Button>
        ),
      )}
    </Space>
  );
}
