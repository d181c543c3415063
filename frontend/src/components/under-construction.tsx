import { Result } from "antd";
import { useTranslation } from "react-i18next";

export function UnderConstruction() {
  const { t } = useTranslation();
  return <Result status="info" title={t("pages.underConstruction")} />;
}
