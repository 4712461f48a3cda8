import { useTranslation } from "react-i18next";
import { useObjective, usePeople, useTree } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { ObjectiveForm } from "./ObjectiveForm.tsx";

/** Create an objective for a unit (`unitId`) or edit one (`objectiveId`), KRs in the same form. */
export function ObjectiveEditorPage({ unitId, objectiveId }: { unitId?: string; objectiveId?: string }) {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const existing = useObjective(org, objectiveId);
  const periodId = existing.data?.periodId ?? period?.id;
  const tree = useTree(org, periodId);
  const people = usePeople(org);

  if ((objectiveId && existing.isPending) || tree.isPending || people.isPending) {
    return <PageSkeleton label={t("common.loading")} />;
  }
  if (existing.isError || tree.isError || people.isError) return <EmptyState title={t("errors.loadFailed")} />;
  const unit = tree.data.units.find((u) => u.id === (existing.data?.unitId ?? unitId));
  if (!unit) return <EmptyState title={t("errors.loadFailed")} />;
  return (
    <ObjectiveForm
      key={existing.data?.id ?? unit.id}
      unit={unit}
      units={tree.data.units}
      people={people.data}
      existing={existing.data}
    />
  );
}
