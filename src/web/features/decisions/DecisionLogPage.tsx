import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearch } from "wouter";
import { useUnits } from "../../api/access.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ResultsCard } from "../../ui/ResultsCard.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDebounced } from "../../ui/useDebounced.ts";
import { inTreeOrder } from "../people/units.ts";
import { DecisionDialog, type DecisionDraft } from "./DecisionDialog.tsx";
import { EditableDecision } from "./EditableDecision.tsx";
import { type DecisionFilters, useDecisions } from "./queries.ts";
import "./decisions.css";

/**
 * `/decisions`: the organisation's decision log (P4), searchable by words in any language and
 * filtered by unit; `?objective=` or `?keyResult=` narrows it to one objective or KR (the links
 * from the team page). Newest decision first; those due for another look are marked.
 */
export function DecisionLogPage() {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const params = new URLSearchParams(useSearch());
  const objective = params.get("objective") ?? undefined;
  const keyResult = params.get("keyResult") ?? undefined;
  const units = useUnits(org);
  const [text, setText] = useState("");
  const [unit, setUnit] = useState("");
  const q = useDebounced(text.trim(), 250);
  const filters: DecisionFilters = { q: q || undefined, unit: unit || undefined, objective, keyResult };
  const decisions = useDecisions(org, filters);
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  const narrowed = decisions.data?.[0] && (keyResult ?? objective) ? decisions.data[0] : undefined;

  return (
    <div className="page">
      <PageHeader title={t("decisions.log.title")} subtitle={t("decisions.log.subtitle")} showPeriod={false} />
      <section className="card decision-filters" aria-label={t("decisions.log.filters")}>
        <TextField
          type="search"
          label={t("decisions.log.search")}
          hint={t("decisions.log.searchHint")}
          maxLength={200}
          value={text}
          onChange={setText}
        />
        <SelectField
          label={t("decisions.log.unit")}
          value={unit}
          onChange={setUnit}
          none={t("decisions.log.anyUnit")}
          options={inTreeOrder(units.data ?? []).map(({ unit: u, depth }) => ({
            value: u.id,
            label: `${"\u00a0\u00a0".repeat(depth)}${u.name}`,
          }))}
        />
      </section>
      {(objective || keyResult) && (
        <p className="decision-narrowed">
          {narrowed
            ? t(keyResult ? "decisions.log.onlyKeyResult" : "decisions.log.onlyObjective", {
                title: keyResult ? narrowed.keyResultTitle : narrowed.objectiveTitle,
              })
            : t("decisions.log.onlyOne")}{" "}
          <Link href={link("/decisions")}>{t("decisions.log.showAll")}</Link>
        </p>
      )}
      <ResultsCard
        query={decisions}
        titleId="decision-results"
        title={(data) => t("decisions.log.count", { count: data.length })}
        rule="P4"
        hint={t("decisions.hint")}
      >
        {(data) =>
          data.length === 0 ? (
            <EmptyState
              title={t(q || unit ? "decisions.log.noMatch" : "decisions.log.empty")}
              hint={t("decisions.log.emptyHint")}
            />
          ) : (
            <div className="decision-list">
              {data.map((decision) => (
                <EditableDecision key={decision.id} decision={decision} onEdit={(d) => setDraft({ decision: d })} />
              ))}
            </div>
          )
        }
      </ResultsCard>
      <DecisionDialog draft={draft} onClose={() => setDraft(null)} />
    </div>
  );
}
