import { useTranslation } from "react-i18next";
import { RuleId } from "../../ui/RuleId.tsx";

/** The rules it explains, by ID; each one's texts sit under `help.<id in lower case>` in the catalogs. */
const topics = ["M1", "M2", "K1", "Q4", "K7", "K5", "M5", "M3"] as const;

/** The method's reasons, next to the form they apply to (docs/method.md, cited by rule ID). */
export function MethodHelp() {
  const { t } = useTranslation();
  return (
    <aside className="method-help card" aria-labelledby="method-help-title">
      <div className="card__header">
        <h2 id="method-help-title">{t("help.title")}</h2>
      </div>
      <div className="method-help__body">
        {topics.map((id) => (
          <details key={id} className="method-help__topic" open={id === "M1" || id === "K1"}>
            <summary>
              <RuleId id={id} /> {t(`help.${id.toLowerCase()}.title`)}
            </summary>
            <p>{t(`help.${id.toLowerCase()}.body`)}</p>
          </details>
        ))}
      </div>
    </aside>
  );
}
