import { AppError } from "./errors.ts";

// Who may do what, in one vocabulary (M3): admins manage the organisation; a unit's lead sets
// its objective; the unit's members write its key results and check-ins; viewers read.
// Reading is open to every member (S5), except private units. API tokens narrow this further:
// a `read` token only reads, a `check_ins` token also records readings, and a `write` token (a
// team's CI running `grove apply`) writes what its person may write of the OKRs (objectives, key
// results, units, periods, check-ins and the work around them) but never manages people, roles,
// tokens or the organisation, and never speaks in a discussion (docs/accounts-and-access.md).

export type OrgRole = "admin" | "member" | "viewer";
export type UnitRole = "lead" | "member";
export type TokenScope = "read" | "check_ins" | "write";
/** Every scope, narrowest first: each grants what the ones before it grant. */
export const tokenScopes: readonly TokenScope[] = ["read", "check_ins", "write"];

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
  /** The OKRs' frame: units and periods (admins; a `write` token of an admin too, for `grove apply`). */
  | { do: "manageOkrStructure" }
  | { do: "editObjective"; unitId: string }
  | { do: "editKeyResults"; unitId: string }
  /** M6: a team's members write its initiatives without approval from above. */
  | { do: "editInitiatives"; unitId: string }
  /**
   * Record a reading; `forPersonId` is whom it is for when the caller names someone (the
   * check-in's `authorId`). A member records only their own; a lead or an admin for anyone.
   */
  | { do: "checkIn"; unitId: string; forPersonId?: string | null }
  /** S7: correct or withdraw a reading; `authorId` is who recorded it. */
  | { do: "correctCheckIn"; unitId: string; authorId: string | null }
  /** Join a KR's or objective's discussion (reading the unit is checked separately). */
  | { do: "comment" }
  | { do: "editComment"; authorId: string | null }
  | { do: "deleteComment"; authorId: string | null }
  | { do: "writeReview"; unitId: string }
  /** M6: a unit's members look after its health metrics (create, edit, correct readings). */
  | { do: "manageHealthMetrics"; unitId: string }
  /** Record a health metric's reading; a check-ins API token may too (a script feeding uptime). */
  | { do: "recordHealthReading"; unitId: string }
  /** P3, M6: a team plans its own sprints, without approval from above. */
  | { do: "manageSprints"; unitId: string }
  /** P4, M6: record, change or delete a decision on the unit's objective or its KRs. */
  | { do: "recordDecision"; unitId: string }
  /** P2, M6: write, start and end the unit's experiments, without approval from above. */
  | { do: "runExperiment"; unitId: string };

export const systemActor: Actor = { kind: "system" };

/** Every reason a request can be refused, by a stable code that clients may translate. */
export const refusalReasons = {
  private_unit: "This unit's OKRs are private to its members.",
  token_read_only: "This API token may only read.",
  token_check_ins_only: "This API token may only read and record check-ins.",
  token_not_for_administration:
    "API tokens never manage people, roles, tokens or the organisation: sign in to do that.",
  viewer_read_only: "Viewers can read the organisation's OKRs but not change them.",
  admin_only: "Only organisation admins manage units, people and periods.",
  lead_only: "Only the unit's lead sets its objective (M3); ask them, or an admin.",
  unit_members_only: "Only the unit's lead and members write its key results (M3).",
  unit_members_check_in: "Only the unit's lead and members check in on its key results.",
  own_readings_only: "Members record their own readings; the unit's lead or an admin may record one for someone else.",
  author_or_lead:
    "Only the person who recorded a reading, the unit's lead or an admin may correct or withdraw it (S7).",
  viewers_do_not_comment: "Viewers and API tokens read discussions but do not comment.",
  own_comment_only: "Only a comment's author may edit it; its author or an admin may delete it.",
  unit_members_initiatives: "Only the unit's lead and members write its initiatives (M6).",
  unit_members_review: "Only the unit's lead and members hold its reviews and write its learnings (S4).",
  unit_members_health: "Only the unit's lead and members look after its health metrics (M6).",
  unit_members_sprints: "Only the unit's lead and members plan its sprints (M6).",
  unit_members_decide: "Only the unit's lead and members record its decisions (P4, M6).",
  unit_members_experiment: "Only the unit's lead and members run its experiments; they need no approval (M6).",
} as const;
export type RefusalCode = keyof typeof refusalReasons;

/** What a check-ins API token may write: readings of KRs and of health metrics. */
const READINGS: ReadonlySet<Action["do"]> = new Set(["checkIn", "recordHealthReading"]);

/** Null when allowed; otherwise the reason, worded for the person who was refused. */
export function refusal(actor: Actor, action: Action): string | null {
  const code = refusalCode(actor, action);
  return code ? refusalReasons[code] : null;
}

export function refusalCode(actor: Actor, action: Action): RefusalCode | null {
  if (actor.kind === "system") return null;
  if (action.do === "read") return null;
  if (action.do === "readUnit") {
    if (!action.unitPrivate || actor.orgRole === "admin" || actor.unitRoles.has(action.unitId)) return null;
    return "private_unit";
  }
  if (action.do === "comment" && (actor.tokenScope || actor.orgRole === "viewer")) return "viewers_do_not_comment";
  if (actor.tokenScope === "read") return "token_read_only";
  if (actor.tokenScope === "check_ins" && !READINGS.has(action.do)) return "token_check_ins_only";
  if (actor.tokenScope === "write") {
    if (action.do === "manageOrganisation") return "token_not_for_administration";
    // A discussion is people talking: a script does not edit or delete what someone said.
    if (action.do === "editComment" || action.do === "deleteComment") return "viewers_do_not_comment";
  }
  if (actor.orgRole === "viewer") return "viewer_read_only";
  const own = "authorId" in action && action.authorId !== null && action.authorId === actor.personId;
  if (action.do === "editComment") return own ? null : "own_comment_only";
  if (actor.orgRole === "admin") return null;
  const role = actor.unitRoles.get("unitId" in action ? action.unitId : "");
  switch (action.do) {
    case "manageOrganisation":
    case "manageOkrStructure":
      return "admin_only";
    case "editObjective":
      return role === "lead" ? null : "lead_only";
    case "editKeyResults":
      return role ? null : "unit_members_only";
    case "editInitiatives":
      return role ? null : "unit_members_initiatives";
    case "checkIn":
      if (!role) return "unit_members_check_in";
      return role === "lead" || !action.forPersonId || action.forPersonId === actor.personId
        ? null
        : "own_readings_only";
    case "correctCheckIn":
      return role === "lead" || own ? null : "author_or_lead";
    case "comment":
      return null;
    case "deleteComment":
      return own ? null : "own_comment_only";
    case "writeReview":
      return role ? null : "unit_members_review";
    case "manageHealthMetrics":
    case "recordHealthReading":
      return role ? null : "unit_members_health";
    case "manageSprints":
      return role ? null : "unit_members_sprints";
    case "recordDecision":
      return role ? null : "unit_members_decide";
    case "runExperiment":
      return role ? null : "unit_members_experiment";
  }
}

/** Refuses with 403: the message says why, and `reason` carries the stable code. */
export function authorize(actor: Actor, action: Action): void {
  const code = refusalCode(actor, action);
  if (code) {
    const error = new AppError("forbidden", refusalReasons[code]);
    error.reason = code;
    throw error;
  }
}
