import { type Action, type Actor, refusal } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { useMyPerson } from "./MeContext.ts";

type Verb =
  | "editObjective"
  | "editKeyResults"
  | "checkIn"
  | "writeReview"
  | "editInitiatives"
  | "recordDecision"
  | "runExperiment";

export interface Permissions {
  editObjective: boolean;
  editKeyResults: boolean;
  checkIn: boolean;
  /** S4: hold the unit's reviews and write its learnings. */
  writeReview: boolean;
  /** M6: write the unit's initiatives. */
  editInitiatives: boolean;
  /** P4, M6: record and change the unit's decisions. */
  recordDecision: boolean;
  /** P2, M6: write, start and end the unit's experiments. */
  runExperiment: boolean;
  /** The policy's reason for each refused verb (English; shown through `reasonText`). */
  why: Record<Verb, string | null>;
  /** False until the unit's members are known: say nothing about refusals before then. */
  ready: boolean;
}

const none: Permissions = {
  editObjective: false,
  editKeyResults: false,
  checkIn: false,
  writeReview: false,
  editInitiatives: false,
  recordDecision: false,
  why: {
    editObjective: null,
    editKeyResults: null,
    checkIn: null,
    writeReview: null,
    editInitiatives: null,
    recordDecision: null,
    runExperiment: null,
  },
  runExperiment: false,
  ready: false,
};

/**
 * What the signed-in person may do in a unit, decided by the same policy the server enforces
 * (M3: the lead sets the objective, the unit's members write KRs and check in). The UI uses it
 * to offer the right controls and to say why one is not offered; the server still checks every write.
 */
export function usePermissions(org: string, unitId: string): Permissions {
  const me = useMyPerson(org);
  const members = useMembers(org, unitId);
  if (!me || !members.data) return none;
  const role = members.data.members.find((m) => m.personId === me.personId)?.role;
  const actor: Actor = {
    kind: "person",
    personId: me.personId,
    orgRole: me.role,
    unitRoles: new Map(role ? [[unitId, role]] : []),
    tokenScope: null,
  };
  const why = (verb: Verb) => refusal(actor, { do: verb, unitId } as Action);
  const reasons = {
    editObjective: why("editObjective"),
    editKeyResults: why("editKeyResults"),
    checkIn: why("checkIn"),
    writeReview: why("writeReview"),
    editInitiatives: why("editInitiatives"),
    recordDecision: why("recordDecision"),
    runExperiment: why("runExperiment"),
  };
  return {
    editObjective: reasons.editObjective === null,
    editKeyResults: reasons.editKeyResults === null,
    checkIn: reasons.checkIn === null,
    writeReview: reasons.writeReview === null,
    editInitiatives: reasons.editInitiatives === null,
    recordDecision: reasons.recordDecision === null,
    runExperiment: reasons.runExperiment === null,
    why: reasons,
    ready: true,
  };
}

/** Whether the signed-in person manages the organisation (units, people, invitations), and if not, why. */
export function useManageOrganisation(org: string): { allowed: boolean; why: string | null } {
  const me = useMyPerson(org);
  if (!me) return { allowed: false, why: null };
  const why = refusal(
    { kind: "person", personId: me.personId, orgRole: me.role, unitRoles: new Map(), tokenScope: null },
    { do: "manageOrganisation" },
  );
  return { allowed: why === null, why };
}
