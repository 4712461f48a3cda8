import { z } from "zod";
import { type HasDraftKeyResultFields, isIsoDate } from "../domain/coach/index.ts";

/**
 * The OKR file format (docs/okr-as-code.md), the one definition both the parser and the docs
 * follow. Unknown keys are rejected so a typo ("key_result:") fails loudly instead of being
 * silently dropped. Baseline, target and deadline are optional on purpose: leaving them out is
 * a coaching finding (K1, K2), not a broken file.
 */
const optionalText = z.string().nullish();
const isoDate = z.string().refine(isIsoDate, { message: "must be a date written YYYY-MM-DD" });
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

export const keyResultSchema = z.strictObject({
  title: z.string().trim().min(1, { message: "must not be empty" }),
  metric: optionalText,
  unit: optionalText,
  baseline: z.number().nullish(),
  target: z.number().nullish(),
  deadline: isoDate.nullish(),
});
true satisfies HasDraftKeyResultFields<z.infer<typeof keyResultSchema>>;

export const objectiveSchema = z.strictObject({
  title: z.string().trim().min(1, { message: "must not be empty" }),
  description: optionalText,
  key_results: list(keyResultSchema),
});

export const unitSchema = z.strictObject({
  name: z.string().trim().min(1, { message: "must not be empty" }),
  parent: optionalText,
  objectives: list(objectiveSchema),
});

export const okrFileSchema = z
  .strictObject({
    period: z.string().regex(/^\d{4}-Q[1-4]$/, { message: "must be a quarter written YYYY-Qn, e.g. 2027-Q1" }),
    units: z.array(unitSchema).min(1, { message: "must list at least one unit" }),
  })
  .superRefine((file, ctx) => {
    const names = new Map<string, number>();
    file.units.forEach((unit, index) => {
      const first = names.get(unit.name);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["units", index, "name"],
          message: `duplicate unit name "${unit.name}" (also units[${first}])`,
        });
      } else {
        names.set(unit.name, index);
      }
    });
    file.units.forEach((unit, index) => {
      const parent = unit.parent?.trim();
      if (!parent) return;
      if (parent === unit.name) {
        ctx.addIssue({ code: "custom", path: ["units", index, "parent"], message: "a unit cannot be its own parent" });
      } else if (!names.has(parent)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", index, "parent"],
          message: `parent "${parent}" is not a unit in this file`,
        });
      }
    });
  });

export type OkrFile = z.infer<typeof okrFileSchema>;
