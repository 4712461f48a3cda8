import { useTranslation } from "react-i18next";
import { RuleId } from "../../ui/RuleId.tsx";

const topics = [
  { id: "M1", key: "m1" },
  { id: "M2", key: "m2" },
  { id: "K1", key: "k1" },
  { id: "Q4", key: "q4" },
  { id: "K7", key: "k7" },
  { id: "K5", key: "k5" },
  { id: "M5", key: "m5" },
  { id: "M3", key: "m3" },
] as const;

/** The method's reasons, next to the form they apply to (docs/method.md, cited by rule ID). */
export function MethodHelp() {
  const { t } = useTranslation();
  return (
    <aside className="method-help card" aria-labelledby="method-help-title">
      <div className="card__header">
        <h2 id="method-help-title">{t("help.title")}</h2>
      </div>
      <div className="method-help__body">
        {topics.map((topic) => (
          <details key={topic.id} className="method-help__topic" open={topic.id === "M1" || topic.id === "K1"}>
            <summary>
              <RuleId id={topic.id} /> {t(`help.${topic.key}.title`)}
            </summary>
            <p>{t(`help.${topic.key}.body`)}</p>
          </details>
        ))}
      </div>
    </aside>
  );
}
