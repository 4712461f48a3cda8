import type { TFunction } from "i18next";

interface Definition {
  direction: "at_least" | "at_most";
  threshold: number;
  unit: string;
}

/** "at least 30 %": a metric's bar in the reader's language. */
export function definitionText(t: TFunction, value: (n: number, unit: string) => string, d: Definition): string {
  return `${t(`experiments.direction.${d.direction}`)} ${value(d.threshold, d.unit)}`;
}

/** Whether the definition moved since the start (S6: the original is shown beside it). */
export function changedSinceStart(
  metric: Definition & { name: string; original: (Definition & { name: string }) | null },
): boolean {
  const o = metric.original;
  return (
    o !== null &&
    (o.name !== metric.name ||
      o.direction !== metric.direction ||
      o.threshold !== metric.threshold ||
      o.unit !== metric.unit)
  );
}
