import { useObjective } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { TurnIntoInitiativeAction } from "./TurnIntoInitiativeAction.tsx";

interface Props {
  unitId: string;
  objectiveId: string;
  keyResultId: string;
}

/**
 * The quality report's K7 finding offers the same step as the editor's: the KR's version and its
 * objective's other KRs come from the objective, read when the report shows the finding.
 */
export function ReportTurnAction({ unitId, objectiveId, keyResultId }: Props) {
  const { org } = useOrg();
  const objective = useObjective(org, objectiveId);
  const keyResults = objective.data?.keyResults;
  const output = keyResults?.find((kr) => kr.id === keyResultId);
  if (!keyResults || !output) return null;
  return (
    <TurnIntoInitiativeAction
      unitId={unitId}
      output={output}
      siblings={keyResults.filter((kr) => kr.id !== keyResultId)}
      unsaved={false}
      // The report reads its findings again with everything else: this one is gone.
      onDone={() => undefined}
    />
  );
}
