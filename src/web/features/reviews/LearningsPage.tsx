import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useUnits } from "../../api/access.ts";
import type { Band } from "../../api/types.ts";
import { useFormat } from "../../i18n/format.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { BandBadge } from "../../ui/BandBadge.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Field } from "../../ui/Field.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { useDebounced } from "../map/useDebounced.ts";
import { inTreeOrder } from "../people/units.ts";
import { type LearningFilters, reviewHref, useLearnings } from "./queries.ts";
import "./reviews.css";

const bands: Band[] = ["not_achieved", "met", "exceeded"];

/**
 * `/learnings`: every learning of the organisation (S7), by text in any language, unit, period
 * and band, newest first; each links back to its review. Team learnings only: nothing here names
 * or ranks people (S3).
 */
export function LearningsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org, periods, link } = useOrg();
  const units = useUnits(org);
  const [text, setText] = useState("");
  const [unit, setUnit] = useState("");
  const [period, setPeriod] = useState("");
  const [band, setBand] = useState("");
  const q = useDebounced(text.trim(), 250);
  const filters: LearningFilters = {
    q: q || undefined,
    unit: unit || undefined,
    period: period || undefined,
    band: (band || undefined) as Band | undefined,
  };
  const learnings = useLearnings(org, filters);

  return (
    <div className="page">
      <PageHeader title={t("reviews.library.title")} subtitle={t("reviews.library.subtitle")} showPeriod={false} />
      <section className="card learnings-filters" aria-label={t("reviews.library.filters")}>
        <Field label={t("reviews.library.search")} hint={t("reviews.library.searchHint")}>
          {(props) => (
            <input
              {...props}
              type="search"
              className="input"
              value={text}
              maxLength={200}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("reviews.library.unit")}>
          {(props) => (
            <select {...props} className="select" value={unit} onChange={(e) => setUnit(e.target.value)}>
              <option value="">{t("reviews.library.any")}</option>
              {inTreeOrder(units.data ?? []).map(({ unit: u, depth }) => (
                <option key={u.id} value={u.id}>
                  {`${"\u00a0\u00a0".repeat(depth)}${u.name}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("reviews.library.period")}>
          {(props) => (
            <select {...props} className="select" value={period} onChange={(e) => setPeriod(e.target.value)}>
              <option value="">{t("reviews.library.any")}</option>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("reviews.library.band")}>
          {(props) => (
            <select {...props} className="select" value={band} onChange={(e) => setBand(e.target.value)}>
              <option value="">{t("reviews.library.any")}</option>
              {bands.map((b) => (
                <option key={b} value={b}>
                  {t(`band.${b}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </section>
      {loadFailed(learnings) ? (
        <LoadError queries={[learnings]} />
      ) : learnings.data === undefined ? (
        <PageSkeleton label={t("common.loading")} />
      ) : (
        <section className="card" aria-labelledby="learnings-results" aria-busy={learnings.isFetching}>
          <div className="card__header">
            <h2 id="learnings-results">{t("reviews.library.count", { count: learnings.data.total })}</h2>
            <RuleId id="S7" />
          </div>
          <div className="card__body">
            {learnings.data.learnings.length === 0 ? (
              <EmptyState title={t("reviews.library.empty")}>
                <p className="muted">{t("reviews.library.emptyHint")}</p>
              </EmptyState>
            ) : (
              <ul className="learning-list">
                {learnings.data.learnings.map((learning) => (
                  <li key={learning.id} className="learning">
                    <p className="learning__body user-text">{learning.body}</p>
                    <p className="learning__meta subtle">
                      {/* An experiment's learning has no band: its result is on the experiment's page. */}
                      {learning.source !== "experiment" && <BandBadge band={learning.band} />}
                      <span className="user-text">{learning.unitName}</span>
                      <span>{learning.periodName}</span>
                      {learning.keyResultTitle && <span className="user-text">{learning.keyResultTitle}</span>}
                      {learning.source === "experiment" && learning.experimentId ? (
                        <Link href={link(`/experiments/${learning.experimentId}`)} className="learning__link">
                          <Icon name="link" size={13} />
                          {t("experiments.library.fromExperiment", { title: learning.experimentTitle ?? "" })}
                        </Link>
                      ) : (
                        learning.reviewOn && (
                          <Link
                            href={reviewHref(link, learning.unitId, learning.reviewOn, learning.periodName)}
                            className="learning__link"
                          >
                            <Icon name="link" size={13} />
                            {t("reviews.library.fromReview", {
                              kind: t(`reviews.kind.${learning.reviewKind ?? "checkpoint"}`),
                              date: format.date(learning.reviewOn),
                            })}
                          </Link>
                        )
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <p className="subtle learnings-note">{t("reviews.library.noRanking")}</p>
          </div>
        </section>
      )}
    </div>
  );
}
