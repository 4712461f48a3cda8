import { useTranslation } from "react-i18next";
import { ruleCards } from "../../domain/coach/rule-cards.ts";
import { currentLanguage } from "../i18n/index.ts";

/**
 * A rule ID of the method (docs/method.md defines each one), so every piece of help can be traced
 * back to the rule it explains. Hovering names the rule where the app has its name in both
 * languages: the coach's rule cards, else the editor's method help.
 */
export function RuleId({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language) === "zh-CN" ? "zh" : "en";
  const helpKey = `help.${id.toLowerCase()}.title`;
  const name = Object.hasOwn(ruleCards, id)
    ? ruleCards[id as keyof typeof ruleCards].title[lang]
    : i18n.exists(helpKey)
      ? t(helpKey)
      : null;
  return (
    <span className="rule-id" title={name ? `${id} · ${name}` : undefined}>
      {id}
    </span>
  );
}
