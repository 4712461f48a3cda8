import { useTranslation } from "react-i18next";

/**
 * A rule ID of the method (docs/method.md defines each one), so every piece of help can be traced
 * back to the rule it explains. Hovering (or a screen reader) names the rule, from the catalogs'
 * `methodRules`, which carry every rule docs/method.md defines (tests/docs/method-citations.test.ts).
 */
export function RuleId({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const key = `methodRules.${id}`;
  const name = i18n.exists(key) ? t(key) : null;
  return (
    <span className="rule-id" title={name ? `${id} · ${name}` : undefined}>
      {id}
    </span>
  );
}
