import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";

/** A filter form's Tìm kiếm (submits it) and Làm mới (`onReset`: clear the fields and search again). */
export function FilterButtons({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button type="primary" htmlType="submit">
        {t("common.search")}
      </Button>
      <Button onClick={onReset}>{t("common.refresh")}</Button>
    </Space>
  );
}
