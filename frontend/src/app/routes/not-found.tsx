import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

export function NotFoundRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t("pages.notFound")}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          {t("pages.home")}
        </Button>
      }
    />
  );
}
