import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useObjectiveHistory } from "../../api/access.ts";
import type { Person } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Icon } from "../../ui/Icon.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { type ChangedField, describeChange, inReadingOrder } from "./history.ts";

const SHOWN = 5;
const numeric = new Set<ChangedField>(["baseline", "target", "rangeLow", "rangeHigh"]);
const dates = new Set<ChangedField>(["baselineOn", "deadline"]);
const references = new Set<ChangedField>(["parentKeyResultId", "unitId", "periodId"]);

interface Props {
  objectiveId: string;
  peopleById: Map<string, Person>;
}

/** S7: who changed what, when, from what to what, and why; newest first. */
export function HistoryTimeline({ objectiveId, peopleById }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { org } = useOrg();
  const history = useObjectiveHistory(org, objectiveId);
  const [all, setAll] = useState(false);
  const entries = inReadingOrder(history.data ?? []);
  const shown = all ? entries : entries.slice(0, SHOWN);
  const headingId = `history-${objectiveId}`;

  const show = (field: ChangedField, value: unknown, unit: string): string => {
    if (value === null || value === undefined || value === "") return t("history.emptyValue");
    if (numeric.has(field) && typeof value === "number") return format.value(value, unit);
    if (field === "weight" && typeof value === "number") return format.number(value);
    if (dates.has(field) && typeof value === "string") return format.date(value);
    if (field === "status") return t(`objectiveStatus.${value}`, { defaultValue: String(value) });
    if (field === "kind") return t(`history.kind.${value}`, { defaultValue: String(value) });
    if (field === "ownerId") return peopleById.get(String(value))?.name ?? t("history.someone");
    return String(value);
  };

  return (
    <section className="history" aria-labelledby={headingId}>
      <div className="kr-section-title">
        <h3 id={headingId}>
          <Icon name="history" /> {t("history.title")}
        </h3>
        <span className="subtle">
          <RuleId id="S7" /> {t("history.hint")}
        </span>
      </div>
      {history.isPending ? (
        <Skeleton height={48} />
      ) : entries.length === 0 ? (
        <p className="subtle">{t("history.none")}</p>
      ) : (
        <ol className="timeline">
          {shown.map((entry) => {
            const change = describeChange(entry);
            const who = entry.actorId
              ? (peopleById.get(entry.actorId)?.name ?? t("history.someone"))
              : t("history.system");
            return (
              <li key={entry.id} className="timeline__item">
                <div className="timeline__head">
                  <span className="timeline__what">
                    {t(`history.${change.action}.${change.entity}`, { who, title: change.title })}
                  </span>
                  <time className="subtle timeline__when" dateTime={entry.changedAt}>
                    {format.dateTime(entry.changedAt)}
                  </time>
                </div>
                {change.changes.length > 0 && (
                  <ul className="timeline__changes stack stack--lines">
                    {change.changes.map(({ field, before, after }) => (
                      <li key={field}>
                        <span className="timeline__field">{t(`history.field.${field}`)}</span>{" "}
                        {references.has(field) ? (
                          <span className="subtle">{t("history.changed")}</span>
                        ) : (
                          <>
                            <del className="timeline__before user-text">{show(field, before, change.unit)}</del>
                            <span aria-hidden="true"> → </span>
                            <span className="visually-hidden"> {t("history.to")} </span>
                            <ins className="timeline__after user-text">{show(field, after, change.unit)}</ins>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {entry.reason && (
                  <p className="timeline__reason">
                    <span className="timeline__field">{t("history.reason")}</span>{" "}
                    <span className="user-text">{entry.reason}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {entries.length > SHOWN && (
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setAll((v) => !v)}>
          {all ? t("history.showFewer") : t("history.showAll", { count: entries.length })}
        </button>
      )}
    </section>
  );
}
