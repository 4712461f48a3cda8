import { useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSaveLocale } from "../features/notifications/queries.ts";
import { currentLanguage, languages } from "../i18n/index.ts";
import { Icon } from "../ui/Icon.tsx";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const saveLocale = useSaveLocale();
  // Signed in: the messages Grove sends (reminders, mentions) follow the same choice.
  const change = (language: string) => {
    i18n.changeLanguage(language);
    if (client.getQueryData(["me"])) saveLocale.mutate(language === "zh-CN" ? "zh" : "en");
  };
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        <Icon name="globe" />
        <span className="visually-hidden">{t("nav.language")}</span>
      </label>
      <select
        id={id}
        className="language__select"
        value={currentLanguage(i18n.language)}
        onChange={(event) => change(event.target.value)}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </div>
  );
}
