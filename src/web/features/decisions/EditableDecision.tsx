import { useOrg } from "../../layout/OrgContext.ts";
import { usePermissions } from "../auth/usePermissions.ts";
import { DecisionItem } from "./DecisionItem.tsx";
import type { Decision } from "./queries.ts";

/** A decision with its edit button for those the policy lets record the unit's decisions (P4, M6). */
export function EditableDecision({
  decision,
  showSubject,
  onEdit,
}: {
  decision: Decision;
  showSubject?: boolean;
  onEdit: (decision: Decision) => void;
}) {
  const { org } = useOrg();
  const can = usePermissions(org, decision.unitId);
  return (
    <DecisionItem
      decision={decision}
      showSubject={showSubject}
      onEdit={can.recordDecision ? () => onEdit(decision) : undefined}
    />
  );
}
