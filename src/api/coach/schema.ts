import { z } from "@hono/zod-openapi";
import type { DraftKeyResult as DomainDraftKeyResult } from "../../domain/coach/index.ts";
import { ruleIds } from "../../domain/coach/settings.ts";
import { Period } from "../periods/routes.ts";
import { IdQuery } from "../shared/query.ts";
import { FiniteNumber, PeriodQuery, type SameShape, Timestamp, Uuid } from "../shared/schemas.ts";

const Rule = z
  .enum(ruleIds as [string, ...string[]])
  .openapi({ description: "A rule ID of the method (docs/method.md)" });
const Setting = z.enum(["error", "warning", "info", "off"]);
const Severity = z.enum(["error", "warning", "info"]);

export const LocaleQuery = z.object({
  locale: z.enum(["en", "zh"]).optional().openapi({
    description: "Language of messages and suggestions; without it, Accept-Language decides (default en)",
  }),
});
export const ReportQuery = PeriodQuery.extend(LocaleQuery.shape).extend({
  unit: IdQuery("Only this unit and the units below it"),
});

/** A draft as the edit form holds it: anything may still be missing, which is what the coach is for. */
const DraftKeyResult = z.strictObject({
  title: z.string().max(300),
  metric: z.string().max(200).nullish(),
  unit: z.string().max(40).nullish(),
  baseline: FiniteNumber.nullish(),
  target: FiniteNumber.nullish(),
  deadline: z.string().max(40).nullish().openapi({ description: "YYYY-MM-DD (K2 reports anything else)" }),
});
true satisfies SameShape<z.infer<typeof DraftKeyResult>, DomainDraftKeyResult>;
export const DraftObjective = z
  .strictObject({
    title: z.string().max(300),
    description: z.string().max(10_000).nullish(),
    keyResults: z.array(DraftKeyResult).max(50),
    unitId: Uuid.optional().openapi({
      description: "The unit it is for: M8 asks a company objective to serve a strategy",
    }),
    strategyId: Uuid.nullish().openapi({ description: "M8: the strategy statement it serves" }),
  })
  .openapi("DraftObjective");

export const ReviewRequest = z
  .strictObject({
    objective: DraftObjective.optional().openapi({ description: "Review this draft (nothing is stored)" }),
    period: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "With `objective`: the period's id or name, e.g. 2027-Q1, for deadlines (K2)" }),
    unitId: Uuid.optional().openapi({ description: "With `periodId`: review what this unit has stored" }),
    periodId: Uuid.optional(),
    editing: z
      .strictObject({
        objectiveId: Uuid,
        keyResultIds: z
          .array(Uuid.nullable())
          .max(50)
          .openapi({ description: "The stored id of each draft key result, in order (null: a new one)" }),
      })
      .optional()
      .openapi({
        description:
          "With `objective`: the stored objective this draft edits, so the findings its team dismissed show as dismissed while their text is unchanged",
      }),
  })
  .superRefine((body, ctx) => {
    const stored = body.unitId !== undefined || body.periodId !== undefined;
    if (body.objective === undefined && !stored) {
      ctx.addIssue({
        code: "custom",
        path: ["objective"],
        message: "send a draft objective, or a unitId and periodId",
      });
    }
    if (body.objective !== undefined && stored) {
      ctx.addIssue({
        code: "custom",
        path: ["unitId"],
        message: "send either a draft objective or a unitId and periodId",
      });
    }
    if (body.objective === undefined && body.editing !== undefined) {
      ctx.addIssue({ code: "custom", path: ["editing"], message: "editing goes with a draft objective" });
    }
    if (body.objective === undefined && body.period !== undefined) {
      ctx.addIssue({ code: "custom", path: ["period"], message: "period goes with a draft objective; use periodId" });
    }
    for (const field of ["unitId", "periodId"] as const) {
      if (stored && body[field] === undefined) {
        ctx.addIssue({ code: "custom", path: [field], message: "unitId and periodId go together" });
      }
    }
  })
  .openapi("CoachReviewRequest");

const FixEdit = z.object({
  field: z.enum(["title", "baseline", "target", "deadline"]),
  value: z.union([z.string(), z.number()]),
});
const Fix = z
  .object({
    edits: z.array(FixEdit).openapi({ description: "The new value of each named field of what the finding is about" }),
    label: z.string().openapi({ description: 'What applying it does, in words: "Apply: baseline 5, target 15"' }),
  })
  .openapi("CoachFix", { description: "A mechanical fix, applied through the normal edit (docs/coach.md)" });

/** Which finding a dismissal sets aside: the rule's, on this objective (or on one of its key results). */
const dismissedFinding = { rule: Rule, objectiveId: Uuid };

export const Dismissal = z
  .object({
    id: Uuid,
    ...dismissedFinding,
    keyResultId: Uuid.nullable(),
    reason: z.string(),
    dismissedBy: Uuid.nullable(),
    dismissedByName: z.string().nullable(),
    dismissedAt: Timestamp,
  })
  .openapi("CoachDismissal");

export const DismissFinding = z
  .strictObject({
    ...dismissedFinding,
    keyResultId: Uuid.nullish().openapi({ description: "The key result the finding is about; none for the objective" }),
    reason: z.string().max(2000).openapi({ description: "Why the team sets it aside: at least 3 characters" }),
  })
  .openapi("DismissCoachFinding");

export const Finding = z
  .object({
    rule: Rule,
    severity: Severity,
    path: z.string().openapi({ description: 'Relative to the objective: "" or "key_results[k]" (docs/coach.md)' }),
    message: z.string(),
    suggestion: z.string(),
    objectiveId: Uuid.nullable().optional().openapi({ description: "Stored OKRs: the objective (null: the unit, M1)" }),
    keyResultId: Uuid.nullable().optional().openapi({ description: "Stored OKRs: the key result" }),
    objectiveTitle: z.string().nullable().optional().openapi({ description: "Stored OKRs: the objective's title" }),
    keyResultTitle: z.string().nullable().optional().openapi({ description: "Stored OKRs: the key result's title" }),
    fix: Fix.optional(),
    dismissal: Dismissal.nullable()
      .optional()
      .openapi({ description: "Set aside by the team for this text: not open (issue 17)" }),
  })
  .openapi("CoachFinding");

export const RuleSettingView = z
  .object({
    rule: Rule,
    setting: Setting,
    defaultSetting: Setting,
    enforced: z.boolean().openapi({ description: "M1, K1: the services refuse activations that break it" }),
    reason: z.string().openapi({ description: "Why an admin changed it (required to turn M1 or K1 off)" }),
    changedBy: Uuid.nullable(),
    changedAt: Timestamp.nullable(),
  })
  .openapi("CoachRuleSetting");

const RuleChoice = z.strictObject({ setting: Setting, reason: z.string().max(2000).optional() });
export const PutSettings = z
  .strictObject({
    rules: z
      .strictObject(Object.fromEntries(ruleIds.map((rule) => [rule, RuleChoice.optional()])))
      .openapi({ description: "Every rule left out goes back to its default" }),
  })
  .openapi("CoachSettingsInput");
export const Settings = z.object({ rules: z.array(RuleSettingView) }).openapi("CoachSettings");

/**
 * The findings of the units reviewed, by severity, and how many the teams set aside (the words of
 * `dismissed` say what setting aside means where the counts stand: a report, a period's readiness).
 */
export function FindingCounts(dismissed: string) {
  return z.object({
    error: z.number().int(),
    warning: z.number().int(),
    info: z.number().int(),
    unitsReviewed: z.number().int(),
    dismissed: z.number().int().openapi({ description: dismissed }),
  });
}

export const QualityReport = z
  .object({
    period: Period,
    units: z.array(z.object({ unitId: Uuid, unitName: z.string(), findings: z.array(Finding) })),
    summary: FindingCounts("Findings the teams set aside (not in the counts above)"),
  })
  .openapi("CoachQualityReport");

const PeriodGroup = z.object({
  periods: z.number().int(),
  inBand: z.number().int().openapi({ description: "How many of them ended in the 60-80 % band" }),
});

export const Practice = z
  .object({
    unitId: Uuid,
    periods: z.array(
      z.object({
        periodId: Uuid,
        periodName: z.string(),
        endsOn: z.string(),
        findingsAtActivation: z.number().int().nullable().openapi({
          description:
            "The coach's findings on the unit's objectives as they stood when activated (from the history, with today's rule settings); null when none was ever active",
        }),
        finalScore: z
          .number()
          .nullable()
          .openapi({ description: "The final score (S2), the objectives' mean; null when none was recorded" }),
        band: z
          .enum(["below", "in_band", "above"])
          .nullable()
          .openapi({ description: "Below 60 %, 60-80 %, above 80 %" }),
      }),
    ),
    trend: z.object({
      kind: z.enum([
        "not_enough_periods",
        "same_findings",
        "better_written_land_more",
        "better_written_land_less",
        "no_difference",
      ]),
      compared: z.number().int().openapi({ description: "Periods with both figures" }),
      fewest: PeriodGroup.openapi({ description: "The periods with the fewest findings at activation" }),
      most: PeriodGroup.openapi({ description: "The periods with the most findings at activation" }),
    }),
    sentence: z.string().openapi({ description: "The trend in plain words, in the asked language" }),
  })
  .openapi("CoachPractice");
