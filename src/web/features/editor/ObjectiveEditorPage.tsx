import { useTranslation } from "react-i18next";
import { useObjective, usePeople, useUnit, useUnitOkrs } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { CalibrationCard } from "../dependencies/CalibrationCard.tsx";
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
  // A failed background refetch keeps the form (and what is typed in it); only a first load fails.
  if (loadFailed(existing, unit, people)) return <LoadError queries={[existing, unit, people]} />;
  if ((objectiveId && existing.isPending) || unit.data === undefined || parentPending || people.data === undefined) {
    return <PageSkeleton label={t("common.loading")} />;
  }
  const parentKeyResults = (parent.data?.objectives ?? [])
    .filter((o) => o.status !== "cancelled")
    .flatMap((o) => o.keyResults);
  return (
    <>
      <ObjectiveForm
        key={existing.data?.id ?? unit.data.id}
        unit={unit.data}
        parentKeyResults={parentKeyResults}
        people={people.data}
        existing={existing.data}
      />
      {/* K4 while planning: how this unit's past targets landed, next to the targets being set. */}
      {period?.status === "planning" && (
        <div className="page editor-calibration">
          <CalibrationCard unitId={unit.data.id} />
        </div>
      )}
    </>
  );
}
