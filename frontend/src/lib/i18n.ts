import "dayjs/locale/vi";

import dayjs from "dayjs";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";

import en from "@/locales/en.json";
import vi from "@/locales/vi.json";

export const LANGUAGES = ["vi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "pakn.language";

function storedLanguage(): Language {
  const stored = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? "vi";
}

export function changeLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

i18n.on("languageChanged", (language) => {
  dayjs.locale(language);
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
