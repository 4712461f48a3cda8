import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { currentSprint, sprintState } from "../../../domain/sprints.ts";
import { useUnitOkrs } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { ImportSprintsDialog } from "./ImportSprintsDialog.tsx";
import { useSprints } from "./queries.ts";
import { SprintCard } from "./SprintCard.tsx";
import { SprintForm } from "./SprintForm.tsx";
import { useSprintRights } from "./useSprintRights.ts";
import "./sprints.css";

/**
 * `/units/:unitId/sprints`: a team's sprints (P3), the current one on top with its goal, the KRs
 * it serves and what moved on them; the team plans and imports its own sprints (M6).
 */
export function SprintsPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const okrs = useUnitOkrs(org, unitId, period?.id);
  const sprints = useSprints(org, { unit: unitId });
  const rights = useSprintRights(org, unitId);
  const [planning, setPlanning] = useState(false);
  const [importing, setImporting] = useState(false);

  if (loadFailed(okrs, sprints)) return <LoadError queries={[okrs, sprints]} />;
  if (okrs.data === undefined || sprints.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  const { unit, objectives } = okrs.data;
  const shown = objectives.filter((o) => o.status !== "cancelled");
  const today = new Date().toISOString().slice(0, 10);
  const top = currentSprint(sprints.data, today);
  const rest = sprints.data.filter((s) => s.id !== top?.id).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const emphasis = top
    ? ({ running: "current", planned: "next", done: "last" } as const)[sprintState(top, today)]
    : undefined;

  return (
    <div className="page sprints-page">
      <nav className="breadcrumbs" aria-label={t("team.breadcrumbs")}>
        <Link href={link(`/units/${unit.id}`)}>{unit.name}</Link>
      </nav>
      <PageHeader
        title={t("sprints.title", { unit: unit.name })}
        subtitle={t("sprints.subtitle")}
        actions={
          rights.allowed && (
            <>
              <button type="button" className="btn" onClick={() => setImporting(true)}>
                {t("sprints.import.open")}
              </button>
              <button type="button" className="btn btn--primary" onClick={() => setPlanning(true)} disabled={planning}>
                <Icon name="plus" />
                {t("sprints.plan")}
              </button>
            </>
          )
        }
      />
      <p className="sprints-coach" role="note">
        <RuleId id="P3" /> {t("sprints.coach.why")}
      </p>
      {rights.ready && !rights.allowed && rights.why && <WhyNote>{reasonText(t, rights.why)}</WhyNote>}
      {planning && (
        <section className="card sprints-page__plan" aria-label={t("sprints.plan")}>
          <h2 className="sprints-page__form-title">{t("sprints.plan")}</h2>
          <SprintForm unitId={unit.id} objectives={shown} onDone={() => setPlanning(false)} />
        </section>
      )}
      {top ? (
        <SprintCard sprint={top} unitId={unit.id} objectives={shown} canManage={rights.allowed} emphasis={emphasis} />
      ) : (
        !planning && (
          <div className="card">
            <EmptyState title={t("sprints.empty")} hint={t("sprints.emptyHint")} />
          </div>
        )
      )}
      {rest.length > 0 && (
        <section aria-labelledby="sprints-all" className="sprints-page__all">
          <h2 id="sprints-all">{t("sprints.all")}</h2>
          {rest.map((sprint) => (
            <SprintCard
              key={sprint.id}
              sprint={sprint}
              unitId={unit.id}
              objectives={shown}
              canManage={rights.allowed}
            />
          ))}
        </section>
      )}
      <ImportSprintsDialog unitId={unit.id} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
