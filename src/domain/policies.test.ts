import { describe, expect, it } from "vitest";
import { AppError } from "./errors.ts";
import {
  type Action,
  type Actor,
  authorize,
  refusalCode,
  systemActor,
  type TokenScope,
  type UnitRole,
} from "./policies.ts";

const person = (
  orgRole: "admin" | "member" | "viewer",
  units: [string, UnitRole][] = [],
  tokenScope: TokenScope | null = null,
): Actor => ({
  kind: "person",
  personId: "p",
  orgRole,
  unitRoles: new Map(units),
  tokenScope,
});

const lead = person("member", [["u1", "lead"]]);
const member = person("member", [["u1", "member"]]);
const outsiderOfUnit = person("member", [["u2", "member"]]);

describe("who may do what (M3)", () => {
  it.each<[string, Actor, Action, string | null]>([
    ["everyone reads", outsiderOfUnit, { do: "read" }, null],
    ["a private unit is read by its members", member, { do: "readUnit", unitId: "u1", unitPrivate: true }, null],
    [
      "a private unit is closed to others",
      outsiderOfUnit,
      { do: "readUnit", unitId: "u1", unitPrivate: true },
      "private_unit",
    ],
    ["admins manage the organisation", person("admin"), { do: "manageOrganisation" }, null],
    ["members do not", lead, { do: "manageOrganisation" }, "admin_only"],
    ["the lead sets the objective", lead, { do: "editObjective", unitId: "u1" }, null],
    ["a member does not", member, { do: "editObjective", unitId: "u1" }, "lead_only"],
    ["members write key results", member, { do: "editKeyResults", unitId: "u1" }, null],
    ["another unit's member does not", outsiderOfUnit, { do: "editKeyResults", unitId: "u1" }, "unit_members_only"],
    ["members check in", member, { do: "checkIn", unitId: "u1" }, null],
    ["others do not", outsiderOfUnit, { do: "checkIn", unitId: "u1" }, "unit_members_check_in"],
    ["a member records their own reading", member, { do: "checkIn", unitId: "u1", forPersonId: "p" }, null],
    ["but not one for someone else", member, { do: "checkIn", unitId: "u1", forPersonId: "q" }, "own_readings_only"],
    ["the lead records one for a member", lead, { do: "checkIn", unitId: "u1", forPersonId: "q" }, null],
    ["an admin too", person("admin"), { do: "checkIn", unitId: "u1", forPersonId: "q" }, null],
    [
      "a member's check-in token neither",
      person("member", [["u1", "member"]], "check_ins"),
      { do: "checkIn", unitId: "u1", forPersonId: "q" },
      "own_readings_only",
    ],
    ["viewers only read", person("viewer", [["u1", "lead"]]), { do: "checkIn", unitId: "u1" }, "viewer_read_only"],
    ["the unit's members hold its reviews (S4)", member, { do: "writeReview", unitId: "u1" }, null],
    ["the lead too", lead, { do: "writeReview", unitId: "u1" }, null],
    ["another unit's member does not", outsiderOfUnit, { do: "writeReview", unitId: "u1" }, "unit_members_review"],
    ["M6: a team's member plans its sprints", member, { do: "manageSprints", unitId: "u1" }, null],
    [
      "M6: another unit's member plans no sprint of it",
      outsiderOfUnit,
      { do: "manageSprints", unitId: "u1" },
      "unit_members_sprints",
    ],
    [
      "viewers plan no sprint",
      person("viewer", [["u1", "member"]]),
      { do: "manageSprints", unitId: "u1" },
      "viewer_read_only",
    ],
    ["admins hold any unit's review", person("admin"), { do: "writeReview", unitId: "u1" }, null],
    ["a read token only reads", person("admin", [], "read"), { do: "checkIn", unitId: "u1" }, "token_read_only"],
    [
      "a check-in token checks in",
      person("member", [["u1", "member"]], "check_ins"),
      { do: "checkIn", unitId: "u1" },
      null,
    ],
    [
      "but edits nothing else",
      person("admin", [], "check_ins"),
      { do: "editKeyResults", unitId: "u1" },
      "token_check_ins_only",
    ],
    // A write token (grove apply from CI) writes what its person may write of the OKRs (M3).
    ["an admin's write token adds units and periods", person("admin", [], "write"), { do: "manageOkrStructure" }, null],
    ["a member's does not", person("member", [["u1", "lead"]], "write"), { do: "manageOkrStructure" }, "admin_only"],
    [
      "a lead's write token sets the unit's objective",
      person("member", [["u1", "lead"]], "write"),
      { do: "editObjective", unitId: "u1" },
      null,
    ],
    [
      "a member's write token still does not (M3)",
      person("member", [["u1", "member"]], "write"),
      { do: "editObjective", unitId: "u1" },
      "lead_only",
    ],
    [
      "a viewer's write token writes nothing",
      person("viewer", [], "write"),
      { do: "editKeyResults", unitId: "u1" },
      "viewer_read_only",
    ],
    [
      "no token manages people, roles or the organisation",
      person("admin", [], "write"),
      { do: "manageOrganisation" },
      "token_not_for_administration",
    ],
    ["nor speaks in a discussion", person("admin", [], "write"), { do: "comment" }, "viewers_do_not_comment"],
    [
      "nor deletes what someone said",
      person("admin", [], "write"),
      { do: "deleteComment", authorId: "q" },
      "viewers_do_not_comment",
    ],
    [
      "a check-ins token adds no unit",
      person("admin", [], "check_ins"),
      { do: "manageOkrStructure" },
      "token_check_ins_only",
    ],
    ["the system may do anything", systemActor, { do: "manageOrganisation" }, null],
    // M6: a unit's members look after its health metrics without approval from above.
    ["members manage their unit's health metrics (M6)", member, { do: "manageHealthMetrics", unitId: "u1" }, null],
    [
      "another unit's member does not",
      outsiderOfUnit,
      { do: "manageHealthMetrics", unitId: "u1" },
      "unit_members_health",
    ],
    [
      "nor a viewer",
      person("viewer", [["u1", "member"]]),
      { do: "recordHealthReading", unitId: "u1" },
      "viewer_read_only",
    ],
    [
      "a check-in token records a health reading",
      person("member", [["u1", "member"]], "check_ins"),
      { do: "recordHealthReading", unitId: "u1" },
      null,
    ],
    [
      "but does not edit the metric",
      person("member", [["u1", "member"]], "check_ins"),
      { do: "manageHealthMetrics", unitId: "u1" },
      "token_check_ins_only",
    ],
    // S7: a reading is corrected or withdrawn by who recorded it, the unit's lead or an admin.
    ["its author corrects a reading", member, { do: "correctCheckIn", unitId: "u1", authorId: "p" }, null],
    ["the lead corrects anyone's", lead, { do: "correctCheckIn", unitId: "u1", authorId: "q" }, null],
    ["an admin too", person("admin"), { do: "correctCheckIn", unitId: "u1", authorId: "q" }, null],
    [
      "another member of the unit does not",
      member,
      { do: "correctCheckIn", unitId: "u1", authorId: "q" },
      "author_or_lead",
    ],
    ["nor one without an author", member, { do: "correctCheckIn", unitId: "u1", authorId: null }, "author_or_lead"],
    [
      "nor a viewer who once recorded it",
      person("viewer", [["u1", "member"]]),
      { do: "correctCheckIn", unitId: "u1", authorId: "p" },
      "viewer_read_only",
    ],
    [
      "nor a check-in token",
      person("member", [["u1", "lead"]], "check_ins"),
      { do: "correctCheckIn", unitId: "u1", authorId: "p" },
      "token_check_ins_only",
    ],
    // Discussion: every member who reads the unit comments; viewers and tokens only read.
    ["a member of another unit comments", outsiderOfUnit, { do: "comment" }, null],
    ["a viewer does not comment", person("viewer"), { do: "comment" }, "viewers_do_not_comment"],
    ["nor does a token", person("admin", [], "check_ins"), { do: "comment" }, "viewers_do_not_comment"],
    ["the author edits a comment", member, { do: "editComment", authorId: "p" }, null],
    ["nobody else does, not even an admin", person("admin"), { do: "editComment", authorId: "q" }, "own_comment_only"],
    ["the author deletes a comment", outsiderOfUnit, { do: "deleteComment", authorId: "p" }, null],
    ["an admin deletes any", person("admin"), { do: "deleteComment", authorId: "q" }, null],
    ["a lead does not delete others'", lead, { do: "deleteComment", authorId: "q" }, "own_comment_only"],
  ])("%s", (_name, actor, action, code) => {
    expect(refusalCode(actor, action)).toBe(code);
  });

  it("refuses with 403, the reason in words and its stable code", () => {
    try {
      authorize(member, { do: "editObjective", unitId: "u1" });
      throw new Error("expected a refusal");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const refused = error as AppError;
      expect(refused.status).toBe(403);
      expect(refused.message).toBe("Only the unit's lead sets its objective (M3); ask them, or an admin.");
      expect(refused.reason).toBe("lead_only");
      expect(refused.details).toEqual([]); // details name request fields; a refusal is not about one
    }
  });
});
