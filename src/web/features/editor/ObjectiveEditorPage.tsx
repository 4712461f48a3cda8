import { useTranslation } from "react-i18next";
import { useObjective, usePeople, useUnit, useUnitOkrs } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { ObjectiveForm } from "./ObjectiveForm.tsx";

/**
 * Create an objective for a unit (`unitId`) or edit one (`objectiveId`), KRs in the same form.
 * It reads the unit and its parent's OKRs (the KRs it may be cascaded from, M5), not the tree.
 */
export function ObjectiveEditorPage({ unitId, objectiveId }: { unitId?: string; objectiveId?: string }) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const existing = useObjective(org, objectiveId);
  const periodId = existing.data?.periodId ?? period?.id;
  const unit = useUnit(org, existing.data?.unitId ?? unitId);
  const parentId = unit.data?.parentId ?? "";
  const parent = useUnitOkrs(org, parentId, periodId);
  const people = usePeople(org);

  // A parent the caller may not read (a private unit) offers no KRs to cascade from.
  const parentPending = Boolean(parentId) && parent.isPending && !parent.isError;
  if ((objectiveId && existing.isPending) || unit.isPending || parentPending || people.isPending) {
    return <PageSkeleton label={t("common.loading")} />;
  }
  if (existing.isError || unit.isError || people.isError) return <EmptyState title={t("errors.loadFailed")} />;
  const parentKeyResults = (parent.data?.objectives ?? [])
    .filter((o) => o.status !== "cancelled")
    .flatMap((o) => o.keyResults);
  return (
    <ObjectiveForm
      key={existing.data?.id ?? unit.data.id}
      unit={unit.data}
      parentKeyResults={parentKeyResults}
      people={people.data}
      existing={existing.data}
    />
  );
}
