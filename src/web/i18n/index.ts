import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

export const languages = [
  { code: "en", label: "English" },
  { code: "zh-CN", label: "简体中文" },
] as const;

export type Language = (typeof languages)[number]["code"];

// Any Chinese browser locale gets Simplified Chinese, everything else English.
function toSupported(lng: string): Language {
  return lng.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

export function setupI18n() {
  i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
      supportedLngs: ["en", "zh-CN"],
      fallbackLng: "en",
      interpolation: { escapeValue: false }, // React escapes already.
      detection: {
        order: ["querystring", "localStorage", "navigator"],
        lookupQuerystring: "lang",
        lookupLocalStorage: "grove.lang",
        caches: ["localStorage"],
        convertDetectedLanguage: toSupported,
      },
      returnNull: false,
    });
  const syncHtmlLang = (lng: string) => {
    document.documentElement.lang = toSupported(lng);
  };
  syncHtmlLang(i18n.language);
  i18n.on("languageChanged", syncHtmlLang);
  return i18n;
}

export function currentLanguage(lng: string | undefined): Language {
  return toSupported(lng ?? "en");
}
