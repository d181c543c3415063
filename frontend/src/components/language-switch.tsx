import { GlobalOutlined } from "@ant-design/icons";
import { Select } from "antd";
import { useTranslation } from "react-i18next";

import { changeLanguage, type Language, LANGUAGES } from "@/lib/i18n";

const LABELS: Record<Language, string> = { vi: "Tiếng Việt", en: "English" };

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      aria-label={t("header.language")}
      value={i18n.language as Language}
      onChange={(language) => void changeLanguage(language)}
      variant="borderless"
      suffixIcon={<GlobalOutlined />}
      popupMatchSelectWidth={false}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: compact ? language.toUpperCase() : LABELS[language],
      }))}
    />
  );
}
