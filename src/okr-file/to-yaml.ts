import { stringify } from "yaml";
import { type DraftOkrSet, draftKeyResultOf } from "../domain/coach/index.ts";

/** Writes a period's OKRs in the file format parseOkrFile reads; empty optional fields are left out. */
export function toYaml(set: DraftOkrSet): string {
  if (!set.period) throw new Error("toYaml needs the period the OKRs belong to");
  const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
  const file = {
    period: set.period.name,
    units: set.units.map((unit) => ({
      name: unit.name,
      ...(present(unit.parent) ? { parent: unit.parent } : {}),
      objectives: unit.objectives.map((objective) => ({
        title: objective.title,
        ...(present(objective.description) ? { description: objective.description } : {}),
        key_results: objective.keyResults.map((kr) => {
          return Object.fromEntries(Object.entries(draftKeyResultOf(kr)).filter(([, value]) => present(value)));
        }),
      })),
    })),
  };
  return stringify(file, { lineWidth: 0 });
}
