import { AppError } from "./errors.ts";

// Who may do what, in one vocabulary (M3): admins manage the organisation; a unit's lead sets
// its objective; the unit's members write its key results and check-ins; viewers read.
// Reading is open to every member (S5), except private units. API tokens narrow this further.

export type OrgRole = "admin" | "member" | "viewer";
export type UnitRole = "lead" | "member";
export type TokenScope = "read" | "check_ins";

export type Actor =
  | { kind: "system" } // the CLI and the demo loader, acting for the operator
  | {
      kind: "person";
      personId: string;
      orgRole: OrgRole;
      /** The units this person leads or belongs to. */
      unitRoles: ReadonlyMap<string, UnitRole>;
      /** Set when the request came with an API token instead of a session. */
      tokenScope: TokenScope | null;
    };

export type Action =
  | { do: "read" }
  | { do: "readUnit"; unitId: string; unitPrivate: boolean }
  | { do: "manageOrganisation" }
  | { do: "editObjective"; unitId: string }
  | { do: "editKeyResults"; unitId: string }
  | { do: "checkIn"; unitId: string };

export const systemActor: Actor = { kind: "system" };

/** Null when allowed; otherwise the reason, worded for the person who was refused. */
export function refusal(actor: Actor, action: Action): string | null {
  if (actor.kind === "system") return null;
  if (action.do === "read") return null;
  if (action.do === "readUnit") {
    if (!action.unitPrivate || actor.orgRole === "admin" || actor.unitRoles.has(action.unitId)) return null;
    return "This unit's OKRs are private to its members.";
  }
  if (actor.tokenScope === "read") return "This API token may only read.";
  if (actor.tokenScope === "check_ins" && action.do !== "checkIn")
    return "This API token may only read and record check-ins.";
  if (actor.orgRole === "viewer") return "Viewers can read the organisation's OKRs but not change them.";
  if (actor.orgRole === "admin") return null;
  const role = actor.unitRoles.get("unitId" in action ? action.unitId : "");
  switch (action.do) {
    case "manageOrganisation":
      return "Only organisation admins manage units, people and periods.";
    case "editObjective":
      return role === "lead" ? null : "Only the unit's lead sets its objective (M3); ask them, or an admin.";
    case "editKeyResults":
      return role ? null : "Only the unit's lead and members write its key results (M3).";
    case "checkIn":
      return role ? null : "Only the unit's lead and members check in on its key results.";
  }
}

export function authorize(actor: Actor, action: Action): void {
  const reason = refusal(actor, action);
  if (reason) throw new AppError("forbidden", reason);
}
