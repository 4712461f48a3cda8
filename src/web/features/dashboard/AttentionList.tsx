import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { DashboardKeyResult } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Progress } from "../../ui/Progress.tsx";
import { RuleId } from "../../ui/RuleId.tsx";

interface Props {
  id: string;
  title: string;
  rule: string;
  hint: string;
  empty: string;
  items: DashboardKeyResult[];
  variant: "risk" | "stale";
}

/** KRs that need a look, each with why; who owns them is on the team page, not here (S3). */
export function AttentionList({ id, title, rule, hint, empty, items, variant }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { link } = useOrg();
  return (
    <section className="card attention" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="card__header">
        <h2 id={`${id}-title`}>
          {title} <span className="badge">{format.number(items.length)}</span>
        </h2>
        <RuleId id={rule} />
      </div>
      <p className="attention__hint subtle">{hint}</p>
      {items.length === 0 ? (
        <p className="attention__empty muted">{empty}</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <li key={item.keyResultId} className="attention__item">
              <div className="attention__text">
                <Link href={link(`/units/${item.unitId}`)} className="attention__title user-text">
                  {item.title}
                </Link>
                <p className="attention__context subtle">
                  {item.unitName} · <span className="user-text">{item.objectiveTitle}</span>
                </p>
                <div className="attention__facts">
                  {variant === "risk" ? (
                    <>
                      {item.reasons.includes("low_confidence") && (
                        <span className="badge badge--warning">
                          {t("dashboard.lowConfidence", { value: format.percent(item.confidence) })}
                        </span>
                      )}
                      {item.reasons.includes("behind_pace") && (
                        <span className="badge badge--warning">
                          {item.expectedProgress == null
                            ? t("dashboard.outsideRange")
                            : t("dashboard.behindPace", {
                                progress: format.percent(item.progress),
                                expected: format.percent(item.expectedProgress),
                              })}
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="badge badge--outline">
                      {item.lastCheckInAt
                        ? t("dashboard.quietFor", { count: item.daysWithoutCheckIn ?? 0 })
                        : t("dashboard.neverCheckedIn")}
                    </span>
                  )}
                </div>
              </div>
              <Progress
                progress={item.progress}
                band={item.band}
                label={t("common.progressOf", { title: item.title })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
