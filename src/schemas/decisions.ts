import { z } from "@hono/zod-openapi";
import { DateOnly, LongText, SeenVersion, Title, Uuid } from "./scalars.ts";

// P4: a product decision as a team records it, on an objective or one of its KRs. The API
// validates it, the services take its type (docs/strategy-and-decisions.md).

export const DecisionStatus = z
  .enum(["active", "revisited", "reversed"])
  .openapi({ description: "active: in force; revisited: looked at again and kept; reversed: undone" });

/**
 * What a decision's evidence points at: a reading of its KR (`check_in`, the reading's id), an
 * experiment (`experiment`, its id; not checked yet: experiments come with their own part of
 * issue 16) or any page (`link`, an http(s) address).
 */
export const EvidenceRef = z
  .strictObject({
    kind: z.enum(["check_in", "experiment", "link"]),
    ref: z.string().trim().min(1).max(2000),
    label: z.string().trim().max(300).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "link" && !/^https?:\/\/\S+$/i.test(value.ref))
      ctx.addIssue({ code: "custom", path: ["ref"], message: "a link is an http(s) address" });
    if (value.kind !== "link" && !z.uuid().safeParse(value.ref).success)
      ctx.addIssue({ code: "custom", path: ["ref"], message: `a ${value.kind} is named by its id` });
  })
  .openapi("EvidenceRef");

const Option = z.string().trim().min(1).max(1000);

const decisionFields = {
  title: Title.openapi({ description: "What was decided, in a line" }),
  context: LongText.optional().openapi({ description: "The situation that asked for a decision" }),
  options: z.array(Option).max(20).optional().openapi({ description: "The options considered, in order" }),
  evidence: LongText.optional().openapi({ description: "What the team knew: readings, experiments, interviews" }),
  evidenceRefs: z
    .array(EvidenceRef)
    .max(50)
    .optional()
    .openapi({ description: "Readings of the KR, experiments or links the evidence points at" }),
  decision: LongText.optional().openapi({
    description: "The decision and why, weighed against the whole OKR set (P4)",
  }),
  decidedById: Uuid.nullable().optional().openapi({ description: "The person who decided" }),
  decidedOn: DateOnly.optional().openapi({ description: "The day it was decided; today when left out" }),
  revisitOn: DateOnly.nullable().optional().openapi({ description: "When to look at it again; marked once passed" }),
  status: DecisionStatus.optional(),
};

/** A revisit date before the decision itself cannot be kept. */
function revisitAfterDecided(value: { decidedOn?: string; revisitOn?: string | null }, ctx: z.RefinementCtx) {
  if (value.decidedOn && value.revisitOn && value.revisitOn < value.decidedOn)
    ctx.addIssue({ code: "custom", path: ["revisitOn"], message: "revisit on or after the day it was decided" });
}

export const CreateDecision = z
  .strictObject({
    objectiveId: Uuid.optional().openapi({ description: "The objective it is about (or give keyResultId)" }),
    keyResultId: Uuid.optional().openapi({ description: "The KR it is about; its objective is implied" }),
    ...decisionFields,
  })
  .superRefine((value, ctx) => {
    if (!value.objectiveId && !value.keyResultId)
      ctx.addIssue({ code: "custom", path: ["objectiveId"], message: "a decision is on an objective or a key result" });
    revisitAfterDecided(value, ctx);
  })
  .openapi("CreateDecision");

export const UpdateDecision = z
  .strictObject({
    keyResultId: Uuid.nullable().optional().openapi({ description: "Another KR of the same objective, or null" }),
    ...decisionFields,
    title: decisionFields.title.optional(),
    version: SeenVersion,
  })
  .superRefine(revisitAfterDecided)
  .openapi("UpdateDecision");

export const DecisionFilters = z.object({
  objective: Uuid.optional().openapi({ description: "Decisions on this objective and its KRs" }),
  keyResult: Uuid.optional().openapi({ description: "Decisions on this KR" }),
  unit: Uuid.optional().openapi({ description: "Decisions on this unit's objectives" }),
  q: z.string().trim().max(200).optional().openapi({ description: "Words in the title, context or decision" }),
  status: DecisionStatus.optional(),
});

export type CreateDecision = z.infer<typeof CreateDecision>;
export type UpdateDecision = z.infer<typeof UpdateDecision>;
export type DecisionFilters = z.infer<typeof DecisionFilters>;
export type EvidenceRef = z.infer<typeof EvidenceRef>;
