import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { usePeople, useUnitOkrs, useUnitPath } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useManageOrganisation, usePermissions } from "../auth/usePermissions.ts";
import { PracticeCard } from "../coach/PracticeCard.tsx";
import { CalibrationCard } from "../dependencies/CalibrationCard.tsx";
import { UnitDependencies } from "../dependencies/UnitDependencies.tsx";
import { HealthSection } from "../health/HealthSection.tsx";
import { InitiativesSection } from "../initiatives/InitiativesSection.tsx";
import { useInitiatives } from "../initiatives/queries.ts";
import { PathView } from "../map/PathView.tsx";
import { pathTo } from "../map/tree.ts";
import { PeriodStatusBanner } from "../periods/PeriodStatusBanner.tsx";
import { ReviewDueBanner } from "../reviews/DueReviews.tsx";
import { useReviews } from "../reviews/queries.ts";
import { namedReason, useUnitLeads } from "./lead-reason.ts";
import { ObjectiveCard } from "./ObjectiveCard.tsx";
import { OtherObjectives } from "./OtherObjectives.tsx";
import { UnitPeople } from "./UnitPeople.tsx";

export function TeamPage({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const okrs = useUnitOkrs(org, unitId, period?.id);
  // The units above this one only, for the breadcrumbs and the path (M5): never the whole tree.
  const path = useUnitPath(org, unitId, period?.id);
  const people = usePeople(org);
  const can = usePermissions(org, unitId);
  const manage = useManageOrganisation(org);
  const leads = useUnitLeads(org, unitId);
  // Loaded with the page, so the "review due" note does not push the objective down later.
  const due = useReviews(org, period?.id, { unit: unitId, due: true });
  // The same: the initiatives under each KR and in their section are there when the page shows.
  const initiatives = useInitiatives(org);

  if (loadFailed(okrs)) return <LoadError queries={[okrs]} />;
  if (
    okrs.data === undefined ||
    (due.isPending && due.fetchStatus !== "idle") ||
    (initiatives.isPending && initiatives.fetchStatus !== "idle")
  )
    return <PageSkeleton label={t("common.loading")} />;

  const { unit, objectives, otherObjectives } = okrs.data;
  const shown = objectives.filter((o) => o.status !== "cancelled");
  const ancestors = path.data ? pathTo(path.data.units, unitId).slice(0, -1) : [];
  const peopleById = new Map((people.data ?? []).map((p) => [p.id, p]));
  const hasActive = shown.some((o) => o.status === "active");

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t("team.breadcrumbs")}>
        <Link href={link("/map")}>{t("nav.map")}</Link>
        {ancestors.map((step) => (
          <span key={step.unit.id} className="breadcrumbs__item">
            <Icon name="chevronRight" size={13} />
            <Link href={link(`/units/${step.unit.id}`)}>{step.unit.name}</Link>
          </span>
        ))}
      </nav>
      <PageHeader
        title={unit.name}
        subtitle={t("team.subtitle", { kind: t(`unitKind.${unit.kind}`), period: period?.name ?? "" })}
        actions={
          <>
            {/* P3: the team's sprints, each goal linked to the KR it serves. */}
            <Link href={link(`/units/${unit.id}/sprints`)} className="btn">
              <Icon name="calendar" />
              {t("sprints.nav")}
            </Link>
            <Link href={link(`/units/${unit.id}/experiments`)} className="btn">
              <Icon name="flag" />
              {t("experiments.nav")}
            </Link>
            {!hasActive && can.editObjective && period?.status !== "closed" && (
              <Link href={link(`/units/${unit.id}/new`)} className="btn btn--primary">
                <Icon name="plus" />
                {t("team.newObjective")}
              </Link>
            )}
          </>
        }
      />
      <PeriodStatusBanner period={period} />
      <ReviewDueBanner unitId={unit.id} />
      <UnitPeople unitId={unit.id} canManage={manage.allowed} />
      {period?.status === "planning" && <CalibrationCard unitId={unit.id} />}
      {shown.length === 0 ? (
        <div className="card">
          <EmptyState title={t("team.noObjective", { period: period?.name ?? "" })} hint={t("help.m1.short")}>
            {/* Who writes it, by name (M3), where the button would be for them. */}
            {can.ready && can.why.editObjective && <WhyNote>{namedReason(t, can.why.editObjective, leads)}</WhyNote>}
          </EmptyState>
        </div>
      ) : (
        shown.map((objective) => (
          <ObjectiveCard
            key={objective.id}
            objective={objective}
            peopleById={peopleById}
            company={unit.parentId === null}
          />
        ))
      )}
      <InitiativesSection unitId={unit.id} />
      <HealthSection unitId={unit.id} />
      <UnitDependencies unitId={unit.id} objectives={shown} />
      <PracticeCard unitId={unit.id} />
      <div className="team-secondary">
        {path.data && <PathView units={path.data.units} unitId={unit.id} />}
        <OtherObjectives unitId={unit.id} objectives={otherObjectives} />
      </div>
    </div>
  );
}
