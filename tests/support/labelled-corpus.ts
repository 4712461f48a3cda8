/**
 * The one loader of the labelled corpora: the coach's collections (tests/coach-corpus/*.json) and
 * the cross-unit conflict and calibration sets (tests/product-corpus/*.json). Each file is data,
 * checked here against its kind's schema, so a misspelt field or rule ID fails the run instead of
 * quietly measuring something else. The case types are the schemas' (one source for each shape).
 *
 * "_about" (who wrote a set and whether a rule was ever tuned on it) and a case's "note" (why it
 * is labelled as it is) are for people reading the file; the loader checks and drops them.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { CalibrationVerdict } from "../../src/domain/calibration.ts";
import { quarterPeriod, type RuleId } from "../../src/domain/coach/index.ts";
import { ruleIds } from "../../src/domain/coach/settings.ts";

const about = z.array(z.string()).optional();
const note = z.string().optional();
// M8 reads an objective against the organisation's strategy, which a labelled collection does not
// carry, so no case can expect it (the measure would have nothing to compare it with).
const labelledRuleIds = ruleIds.filter((rule) => rule !== "M8") as [RuleId, ...RuleId[]];
const labels = z
  .array(
    z.enum(labelledRuleIds, { message: `a label must be one of ${labelledRuleIds.join(", ")} (M8 needs a strategy)` }),
  )
  .default([]);

// ---------------------------------------------------------------- coach collections
/** A key result with the rules a careful coach would raise on it; no deadline means the period's end. */
const labelledKeyResult = z
  .strictObject({
    note,
    title: z.string(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    deadline: z.string().nullable().optional(),
    metric: z.string().nullable().optional(),
    unit: z.string().nullable().optional(),
    expect: labels,
  })
  .transform(({ note: _, ...keyResult }) => keyResult);

const labelledObjective = z
  .strictObject({
    note,
    title: z.string(),
    description: z.string().optional(),
    expect: labels,
    keyResults: z.array(labelledKeyResult),
  })
  .transform(({ note: _, ...objective }) => objective);

const labelledUnit = z
  .strictObject({ note, name: z.string(), expect: labels, objectives: z.array(labelledObjective) })
  .transform(({ note: _, ...unit }) => unit);

const collection = z
  .strictObject({
    _about: about,
    name: z.string(),
    period: z.string().refine((name) => quarterPeriod(name) !== null, "a quarter such as 2027-Q1"),
    units: z.array(labelledUnit),
  })
  .transform(({ _about, ...set }) => {
    const end = quarterPeriod(set.period)?.endsOn;
    for (const kr of set.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults))) {
      if (kr.deadline === undefined) kr.deadline = end;
    }
    return set;
  });

export type Collection = z.output<typeof collection>;

// ---------------------------------------------------------------- conflict and calibration sets
const lang = z.enum(["en", "zh"]);
const blindKeyResult = z.strictObject({
  unit: z.string(),
  title: z.string(),
  metric: z.string(),
  unit_of_measure: z.string(),
  baseline: z.number(),
  target: z.number(),
});
const oppositeCase = z
  .strictObject({
    note,
    id: z.string(),
    lang,
    a: blindKeyResult,
    b: blindKeyResult,
    conflict: z.boolean(),
    why: z.string(),
  })
  .transform(({ note: _, ...c }) => c);
const cascadeCase = z
  .strictObject({
    note,
    id: z.string(),
    lang,
    parentKeyResult: blindKeyResult,
    childObjective: z.string(),
    childKeyResults: z.array(blindKeyResult),
    linked: z.boolean(),
    why: z.string(),
  })
  .transform(({ note: _, ...c }) => c);
const verdicts = ["too_easy", "too_hard", "sweet_spot", "not_enough_history"] as const satisfies CalibrationVerdict[];
const calibrationCase = z
  .strictObject({
    note,
    id: z.string(),
    lang,
    finalScores: z.array(z.number()),
    expected: z.enum(verdicts),
    why: z.string(),
  })
  .transform(({ note: _, ...c }) => c);
const caseSet = z
  .strictObject({
    _about: about,
    oppositeCases: z.array(oppositeCase),
    cascadeCases: z.array(cascadeCase),
    calibrationCases: z.array(calibrationCase),
  })
  .transform(({ _about, ...set }) => set);

export type BlindKeyResult = z.output<typeof blindKeyResult>;
export type OppositeCase = z.output<typeof oppositeCase>;
export type CascadeCase = z.output<typeof cascadeCase>;
export type CalibrationCase = z.output<typeof calibrationCase>;
export type CaseSet = z.output<typeof caseSet>;

// ---------------------------------------------------------------- loading
function load<T>(schema: z.ZodType<T>, file: URL): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file.pathname}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** A labelled coach collection, e.g. `loadCollection(new URL("./en.json", import.meta.url))`. */
export const loadCollection = (file: URL): Collection => load(collection, file);

/** A set of opposite-pull, cascade and calibration cases (M7, M5, K4). */
export const loadCaseSet = (file: URL): CaseSet => load(caseSet, file);
