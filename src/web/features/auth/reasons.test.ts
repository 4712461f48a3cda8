import { describe, expect, it } from "vitest";
import { type Action, type Actor, type OrgRole, refusal, type TokenScope } from "../../../domain/policies.ts";
import { en } from "../../i18n/en.ts";
import { reasonKeys } from "./reasons.ts";

const actions: Action[] = [
  { do: "read" },
  { do: "readUnit", unitId: "u", unitPrivate: true },
  { do: "manageOrganisation" },
  { do: "manageOkrStructure" },
  { do: "editObjective", unitId: "u" },
  { do: "editKeyResults", unitId: "u" },
  { do: "checkIn", unitId: "u" },
  { do: "correctCheckIn", unitId: "u", authorId: "q" },
  { do: "comment" },
  { do: "editComment", authorId: "q" },
  { do: "deleteComment", authorId: "q" },
];

function actors(): Actor[] {
  const out: Actor[] = [];
  for (const orgRole of ["admin", "member", "viewer"] as OrgRole[])
    for (const unitRole of [null, "lead", "member"] as const)
      for (const tokenScope of [null, "read", "check_ins", "write"] as (TokenScope | null)[])
        out.push({
          kind: "person",
          personId: "p",
          orgRole,
          unitRoles: new Map(unitRole ? [["u", unitRole]] : []),
          tokenScope,
        });
  return out;
}

const lookup = (path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);

describe("refusal reasons in the reader's language (M3)", () => {
  it("has a catalog entry for every refusal the policy can give", () => {
    const sentences = new Set(actors().flatMap((actor) => actions.map((action) => refusal(actor, action))));
    sentences.delete(null);
    for (const sentence of sentences) {
      const key = reasonKeys[sentence as string];
      expect([sentence, typeof lookup(key ?? "")]).toEqual([sentence, "string"]);
    }
  });
});
