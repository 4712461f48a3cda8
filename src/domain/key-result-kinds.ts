import type { FieldIssue } from "./errors.ts";
import { rangeIssues, withinRange } from "./range.ts";

/**
 * Each kind of key result knows how to check itself for activation (K1) and how to turn a
 * current value into progress (S1). A new kind (e.g. ordinal commit/target/stretch levels) is a
 * new entry in `kinds`, without touching the others.
 */
export interface MetricKeyResult {
  kind: "metric";
  metric: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
}

export interface RangeKeyResult {
  kind: "range";
  metric: string;
  rangeLow: number | null;
  rangeHigh: number | null;
  deadline: string | null;
}

export type KeyResultSpec = MetricKeyResult | RangeKeyResult;
export type KeyResultKind = KeyResultSpec["kind"];
export type Direction = "increase" | "decrease" | "keep_within";

interface KindRules<S extends KeyResultSpec> {
  /** K1: what must be true before the KR's objective can be active. */
  activationIssues(spec: S): FieldIssue[];
  /** S1: progress as a fraction, unclamped; null while the KR cannot be measured. */
  progress(spec: S, current: number | null): number | null;
  direction(spec: S): Direction | null;
}

const metricRules: KindRules<MetricKeyResult> = {
  activationIssues(spec) {
    const issues: FieldIssue[] = [];
    if (!spec.metric.trim()) issues.push(k1("metric", "name the metric this key result measures"));
    if (spec.baseline === null) issues.push(k1("baseline", "give the current state (baseline)"));
    if (spec.target === null) issues.push(k1("target", "give the target end state"));
    if (spec.baseline !== null && spec.target !== null && spec.baseline === spec.target) {
      issues.push(k1("target", "the target must differ from the baseline"));
    }
    if (!spec.deadline) issues.push(k1("deadline", "give a deadline"));
    return issues;
  },
  progress(spec, current) {
    if (spec.baseline === null || spec.target === null || spec.baseline === spec.target) return null;
    // Same formula for increasing and decreasing KRs: the sign of the denominator handles both.
    return ((current ?? spec.baseline) - spec.baseline) / (spec.target - spec.baseline);
  },
  direction(spec) {
    if (spec.baseline === null || spec.target === null || spec.baseline === spec.target) return null;
    return spec.target > spec.baseline ? "increase" : "decrease";
  },
};

const rangeRules: KindRules<RangeKeyResult> = {
  activationIssues(spec) {
    const issues: FieldIssue[] = [];
    if (!spec.metric.trim()) issues.push(k1("metric", "name the metric this guardrail watches"));
    issues.push(...rangeIssues(spec, "K1"));
    if (!spec.deadline) issues.push(k1("deadline", "give a deadline"));
    return issues;
  },
  // A guardrail is fully met while the metric stays inside the range, and not met outside it.
  progress(spec, current) {
    if (current === null) return null;
    return withinRange(spec, current) ? 1 : 0;
  },
  direction: () => "keep_within",
};

const kinds: { [K in KeyResultKind]: KindRules<Extract<KeyResultSpec, { kind: K }>> } = {
  metric: metricRules,
  range: rangeRules,
};

function rulesFor<S extends KeyResultSpec>(spec: S): KindRules<S> {
  return kinds[spec.kind] as unknown as KindRules<S>;
}

export function activationIssues(spec: KeyResultSpec): FieldIssue[] {
  return rulesFor(spec).activationIssues(spec);
}

export function keyResultProgress(spec: KeyResultSpec, current: number | null): number | null {
  return rulesFor(spec).progress(spec, current);
}

export function keyResultDirection(spec: KeyResultSpec): Direction | null {
  return rulesFor(spec).direction(spec);
}

function k1(field: string, message: string): FieldIssue {
  return { field, rule: "K1", message: `K1: ${message}` };
}
