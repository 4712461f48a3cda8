import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { Card } from "../../ui/Card.tsx";
import { ConfirmRun } from "../../ui/ConfirmDialog.tsx";
import { DialogAction } from "../../ui/DialogAction.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { Part } from "../../ui/Part.tsx";
import { RowAction } from "../../ui/RowAction.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { useCompanyObjectives } from "../strategy/queries.ts";
import { ServingObjectives, UnservedObjectives } from "../strategy/StrategyObjectives.tsx";
import { useDeleteStrategy, useStrategies } from "./queries.ts";
import { StrategyDialog, type StrategyDraft } from "./StrategyDialog.tsx";
import "./admin-org.css";

const kinds = ["vision", "strategy"] as const;

/**
 * `/strategy`: the organisation's vision and strategy (M8), which a period's OKRs serve and do not
 * replace: each strategy statement with its diagnosis and guardrails and the company objectives
 * of the chosen period that serve it, then those that serve none (P1). Every member reads them; admins write, edit and delete them (the API's
 * `manageOrganisation`), and everyone else is told so where the buttons would be.
 */
export function StrategyPage() {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const strategies = useStrategies(org);
  const objectives = useCompanyObjectives(org, period?.id);
  const manage = useManageOrganisation(org);
  const [draft, setDraft] = useState<StrategyDraft | null>(null);
  const remove = useDeleteStrategy(org);

  if (loadFailed(strategies)) return <LoadError queries={[strategies]} />;
  if (strategies.data === undefined) return <PageSkeleton label={t("common.loading")} />;

  return (
    <div className="page page--narrow">
      <PageHeader
        title={t("adminOrg.strategy.pageTitle")}
        subtitle={t("adminOrg.strategy.subtitle")}
        showPeriod={period !== undefined}
      />
      {manage.why && <WhyNote id="why-strategy">{t("adminOrg.strategy.why")}</WhyNote>}
      {kinds.map((kind) => {
        const statements = strategies.data.filter((s) => s.kind === kind);
        const headingId = `strategy-${kind}`;
        return (
          <Card
            key={kind}
            titleId={headingId}
            title={t(`adminOrg.strategy.heading.${kind}`)}
            rule="M8"
            hint={t(`adminOrg.strategy.hint.${kind}`)}
          >
            <div className="card__body strategy-list stack stack--4">
              {statements.length === 0 && <p className="muted">{t(`adminOrg.strategy.none.${kind}`)}</p>}
              {statements.map((statement) => (
                <article key={statement.id} className="strategy" aria-labelledby={`statement-${statement.id}`}>
                  <div className="strategy__text stack stack--1">
                    <h3 id={`statement-${statement.id}`} className="user-text">
                      {statement.title}
                    </h3>
                    {statement.body && <p className="user-text strategy__body">{statement.body}</p>}
                    {(statement.diagnosis || statement.guardrails) && (
                      <dl className="parts">
                        {statement.diagnosis && <Part term={t("strategy.diagnosis")} text={statement.diagnosis} />}
                        {statement.guardrails && <Part term={t("strategy.guardrails")} text={statement.guardrails} />}
                      </dl>
                    )}
                    {kind === "strategy" && objectives.data && (
                      <ServingObjectives objectives={objectives.data.filter((o) => o.strategyId === statement.id)} />
                    )}
                  </div>
                  {manage.allowed && (
                    <div className="strategy__actions">
                      <RowAction
                        icon="edit"
                        named={t("adminOrg.strategy.editOf", { title: statement.title })}
                        onClick={() => setDraft({ strategy: statement })}
                      >
                        {t("adminOrg.strategy.editButton")}
                      </RowAction>
                      <DialogAction
                        button={{
                          label: t("adminOrg.strategy.deleteButton"),
                          named: t("adminOrg.strategy.deleteOf", { title: statement.title }),
                          icon: "x",
                          quiet: true,
                        }}
                      >
                        {(dialog) => (
                          <ConfirmRun
                            {...dialog}
                            changedMeanwhile={t("adminOrg.changedMeanwhile")}
                            title={t("adminOrg.strategy.deleteTitle", { title: statement.title })}
                            confirm={t("adminOrg.strategy.deleteConfirm")}
                            step={remove}
                            variables={statement.id}
                          >
                            <p>{t("adminOrg.strategy.deleteBody")}</p>
                          </ConfirmRun>
                        )}
                      </DialogAction>
                    </div>
                  )}
                </article>
              ))}
              {manage.allowed && (
                <button type="button" className="btn strategy__add" onClick={() => setDraft({ kind })}>
                  <Icon name="plus" />
                  {t(`adminOrg.strategy.add.${kind}`)}
                </button>
              )}
            </div>
          </Card>
        );
      })}
      {objectives.data && strategies.data.some((s) => s.kind === "strategy") && (
        <UnservedObjectives
          objectives={objectives.data.filter(
            (o) => !o.strategyId || !strategies.data.some((s) => s.id === o.strategyId && s.kind === "strategy"),
          )}
        />
      )}
      {loadFailed(objectives) && <LoadError queries={[objectives]} />}
      {manage.allowed && <StrategyDialog draft={draft} onClose={() => setDraft(null)} />}
    </div>
  );
}
