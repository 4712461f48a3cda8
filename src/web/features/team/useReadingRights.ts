import { type Actor, refusal } from "../../../domain/policies.ts";
import { useMembers } from "../../api/queries.ts";
import { useMyPerson } from "../auth/MeContext.ts";

/**
 * Who may correct a reading or comment, by the same policy the server enforces
 * (src/domain/policies.ts): the UI only chooses which controls to offer.
 */
export function useReadingRights(org: string, unitId: string) {
  const me = useMyPerson(org);
  const members = useMembers(org, unitId);
  const role = members.data?.members.find((m) => m.personId === me?.personId)?.role;
  const actor: Actor | null = me
    ? {
        kind: "person",
        personId: me.personId,
        orgRole: me.role,
        unitRoles: new Map(role ? [[unitId, role]] : []),
        tokenScope: null,
      }
    : null;
  const ready = Boolean(actor && members.data);
  return {
    personId: me?.personId ?? null,
    /** Null when allowed, else the policy's reason. */
    correct: (authorId: string | null) =>
      actor && ready ? refusal(actor, { do: "correctCheckIn", unitId, authorId }) : "",
    comment: actor ? refusal(actor, { do: "comment" }) : "",
    edit: (authorId: string | null) => (actor ? refusal(actor, { do: "editComment", authorId }) === null : false),
    remove: (authorId: string | null) => (actor ? refusal(actor, { do: "deleteComment", authorId }) === null : false),
  };
}
