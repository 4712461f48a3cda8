import { z } from "@hono/zod-openapi";
import type { DependencySide as ServiceDependencySide } from "../../services/dependencies/list-dependencies.ts";
import { LocaleQuery } from "../coach/schema.ts";
import { Pace, PaceReason } from "../key-results/schema.ts";
import { historyEntry } from "../shared/history.ts";
import { IdQuery, PeriodFilterQuery } from "../shared/query.ts";
import { PeriodQuery, type SameShape, Timestamp, Uuid } from "../shared/schemas.ts";

// M7 and K4: the response shapes of dependencies, the coach's cross-unit findings and a unit's
// calibration. Units are named, people never (S3).

const DependencySide = z
  .object({
    keyResultId: Uuid,
    title: z.string(),
    objectiveId: Uuid,
    objectiveTitle: z.string(),
    unitId: Uuid,
    unitName: z.string(),
    periodId: Uuid,
    progress: z.number().nullable().openapi({ description: "S1: fraction, unclamped" }),
    pace: Pace,
    reasons: z.array(PaceReason),
  })
  .openapi("DependencySide");
true satisfies SameShape<z.infer<typeof DependencySide>, ServiceDependencySide>;

export const Dependency = z
  .object({
    id: Uuid,
    note: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    keyResult: DependencySide.openapi({ description: "The key result that depends; its unit declared it" }),
    dependsOn: DependencySide.openapi({ description: "Another unit's key result it depends on" }),
    atRisk: z
      .boolean()
      .openapi({ description: "The key result depended on is behind or at risk by the pace rule: a risk (M7)" }),
  })
  .openapi("Dependency");

export const DependencyQuery = z.object({
  period: PeriodFilterQuery("Only dependencies of key results of this period (an id or a name)"),
  unit: IdQuery("Only dependencies where either side belongs to this unit"),
  keyResult: IdQuery("Only dependencies where either side is this key result"),
  atRisk: z
    .enum(["true", "false"])
    .optional()
    .openapi({ description: "true: only those whose other side is behind or at risk; false: only the others" }),
});

export const DependencyHistoryEntry = historyEntry("DependencyHistoryEntry", z.literal("key_result_dependency"));

const Bilingual = z.object({ en: z.string(), zh: z.string() });

export const CrossUnitFinding = z
  .object({
    rule: z.enum(["opposite_pulls", "unlinked_cascade"]),
    ruleId: z.literal("M7"),
    kind: z.enum(["opposite_directions", "range_pushed", "acquisition_vs_churn", "unlinked_cascade"]),
    unitIds: z.array(Uuid),
    keyResultIds: z.array(Uuid),
    objectiveId: Uuid.nullable(),
    message: z.string(),
    suggestion: z.string(),
  })
  .openapi("CrossUnitFinding");

const CrossUnitCard = z.object({ title: Bilingual, what: Bilingual, why: Bilingual, fix: Bilingual });

export const CrossUnitReport = z
  .object({
    periodId: Uuid,
    findings: z.array(CrossUnitFinding),
    cards: z.object({ opposite_pulls: CrossUnitCard, unlinked_cascade: CrossUnitCard }).openapi({
      description: "What each rule finds, why and how to fix it, in both languages",
    }),
  })
  .openapi("CrossUnitReport");

export const ConflictsQuery = PeriodQuery.extend(LocaleQuery.shape).extend({
  unit: IdQuery("Only findings that involve this unit"),
});

export const UnitCalibration = z
  .object({
    unitId: Uuid,
    verdict: z.enum(["too_easy", "too_hard", "sweet_spot", "not_enough_history"]),
    scores: z.number().int().openapi({ description: "How many final scores were read" }),
    above: z.number().int().openapi({ description: "Final scores above 80 %" }),
    within: z.number().int().openapi({ description: "Final scores from 60 % to 80 %" }),
    below: z.number().int().openapi({ description: "Final scores below 60 %" }),
    median: z.number().nullable(),
    advice: Bilingual,
    periods: z.array(
      z.object({
        periodId: Uuid,
        name: z.string(),
        endsOn: z.string(),
        keyResults: z.array(z.object({ keyResultId: Uuid, title: z.string(), finalProgress: z.number() })),
      }),
    ),
  })
  .openapi("UnitCalibration");
