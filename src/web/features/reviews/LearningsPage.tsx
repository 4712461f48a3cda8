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
import { Icon } from "../../ui/Icon.tsx";
import { ResultsCard } from "../../ui/ResultsCard.tsx";
import { idOptions, optionsOf, SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { inTreeOrder, unitOptions } from "../people/units.ts";
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
        <TextField
          label={t("reviews.library.search")}
          hint={t("reviews.library.searchHint")}
          type="search"
          maxLength={200}
          value={text}
          onChange={setText}
        />
        <SelectField
          label={t("reviews.library.unit")}
          none={t("reviews.library.any")}
          options={unitOptions(inTreeOrder(units.data ?? []))}
          value={unit}
          onChange={setUnit}
        />
        <SelectField
          label={t("reviews.library.period")}
          none={t("reviews.library.any")}
          options={idOptions(periods, (p) => p.name)}
          value={period}
          onChange={setPeriod}
        />
        <SelectField
          label={t("reviews.library.band")}
          none={t("reviews.library.any")}
          options={optionsOf(bands, (b) => t(`band.${b}`))}
          value={band}
          onChange={setBand}
        />
      </section>
      <ResultsCard
        query={learnings}
        titleId="learnings-results"
        title={(data) => t("reviews.library.count", { count: data.total })}
        rule="S7"
      >
        {(data) => (
          <>
            {data.learnings.length === 0 ? (
              <EmptyState title={t("reviews.library.empty")} hint={t("reviews.library.emptyHint")} />
            ) : (
              <ul className="learning-list">
                {data.learnings.map((learning) => (
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
          </>
        )}
      </ResultsCard>
    </div>
  );
}
