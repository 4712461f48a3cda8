import { useTranslation } from "react-i18next";

/**
 * A rule ID of the method (docs/method.md defines each one), so every piece of help can be traced
 * back to the rule it explains. Hovering (or a screen reader) names the rule, from the catalogs'
 * `methodRules`, which carry every rule docs/method.md defines (tests/docs/method-citations.test.ts).
 * With `href` it is a link to where the rule is explained (the coach's rule cards).
 */
export function RuleId({ id, href }: { id: string; href?: string }) {
  const { t, i18n } = useTranslation();
  const key = `methodRules.${id}`;
  const name = i18n.exists(key) ? t(key) : null;
  const title = name ? `${id} · ${name}` : undefined;
  if (href) {
    return (
      <a className="rule-id rule-id--link" href={href} title={title}>
        {id}
      </a>
    );
  }
  return (
    <span className="rule-id" title={title}>
      {id}
    </span>
  );
}
