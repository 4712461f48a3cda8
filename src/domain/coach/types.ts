import type { NamedPeriod } from "../period.ts";

/** Shapes the coach reviews: drafts, so every field a user may not have filled yet is optional. */

export type Locale = "en" | "zh";
export type Severity = "error" | "warning" | "info";
export type RuleId =
  | "M1"
  | "M2"
  | "M4"
  | "M8"
  | "Q1"
  | "Q2"
  | "Q3"
  | "Q4"
  | "K1"
  | "K2"
  | "K3"
  | "K4"
  | "K5"
  | "K6"
  | "K7";
export type RuleSetting = Severity | "off";
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

/** The period a set of OKRs belongs to (K2 checks deadlines against it). */
export type Period = NamedPeriod;

export interface DraftKeyResult {
  title: string;
  metric?: string | null;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
  /** YYYY-MM-DD */
  deadline?: string | null;
}

export interface DraftObjective {
  title: string;
  description?: string | null;
  /** M8: the strategy statement it serves, when it names one. */
  strategyId?: string | null;
  keyResults: DraftKeyResult[];
}

export interface DraftUnit {
  name: string;
  parent?: string | null;
  objectives: DraftObjective[];
}

export interface DraftOkrSet {
  period?: Period | null;
  units: DraftUnit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  path: string;
  message: string;
  suggestion: string;
  /** A one-click edit that resolves it, where the fix is mechanical (issue 17). */
  fix?: Fix;
}

/** A field of the objective or key result a finding is about, with the value a fix gives it. */
export interface FixEdit {
  field: "title" | "baseline" | "target" | "deadline";
  value: string | number;
}

/** The edits that resolve a finding, and what applying them does, in words ("Apply: ..."). */
export interface Fix {
  edits: FixEdit[];
  label: string;
}

/** A text in both languages the coach speaks; the engine picks one per review. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** What a rule reports before the engine adds its id, severity, full path and locale. */
export interface Hit {
  message: Bilingual;
  suggestion: Bilingual;
  fix?: { edits: FixEdit[]; label: Bilingual };
}
