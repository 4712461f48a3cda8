// The shape of a demo organisation. Each demo is data only (demo-data.ts in English,
// demo-data-zh.ts in Chinese); load-demo.ts turns any of them into an organisation around
// today's date: last quarter's OKRs with their reviews, this quarter's, the next one's queue.

import type { Decision, ReflectionQuestion } from "../domain/reviews.ts";

export interface DemoKeyResult {
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  /** Where the KR stands today, as a fraction of the way from baseline to target (S1). */
  progress: number;
  confidence: number;
  /** Days since the last check-in, for the dashboard's stale list (default: checked in this week). */
  staleDays?: number;
  /** The comment of the latest check-in (default: the organisation's `checkInComment`). */
  comment?: string;
}

/** A key result of an objective queued for the next period: planned, so no check-ins yet. */
export type DemoPlannedKeyResult = Omit<DemoKeyResult, "progress" | "confidence" | "staleDays" | "comment">;

/**
 * A key result of last quarter. `progress` is where it ended (its final score, S1, against the
 * target in force at the end: the revised one if a review revised it); its weekly check-ins walk
 * there on a straight line, so its forecast at the checkpoint was already that band (S2). A KR
 * whose target a review revises names its baseline, not its target, in its title: revising
 * changes the target, not the title.
 */
export interface DemoPastKeyResult extends DemoPlannedKeyResult {
  progress: number;
  confidence: number;
}

/** One of a review's entries; `kr` is the index of the key result in the objective's list. */
export interface DemoReview {
  /** S2: answers to the questions of the KR's band at the review. */
  answers: { kr: number; question: ReflectionQuestion; answer: string }[];
  /** S7: keep, revise (new `target` and a reason) or drop (a reason; never the last KR, M4). */
  decisions: { kr: number; decision: Decision; target?: number; reason?: string }[];
  /** S7: what the team learned; on a KR (`kr`) or on the objective as a whole. */
  learnings: { kr?: number; body: string }[];
}

/** S7: the decisions to keep these KRs (by index) as they are. */
export function keep(...krs: number[]): DemoReview["decisions"] {
  return krs.map((kr) => ({ kr, decision: "keep" }));
}

/**
 * Last quarter of a unit, closed: its objective and check-ins, the checkpoint review held at its
 * date (S4) and the end-of-period review that recorded the final scores (S2).
 */
export interface DemoPastQuarter {
  objective: { title: string; description: string; keyResults: DemoPastKeyResult[] };
  checkpoint: DemoReview;
  end: DemoReview;
}

export interface DemoUnit {
  name: string;
  kind: "company" | "department" | "team" | "individual";
  parent?: string;
  lead?: string;
  members?: string[];
  /** This quarter's active objective; `parentKr` names the parent unit's KR it was cascaded from (M5). */
  objective?: { title: string; description: string; parentKr?: string; keyResults: DemoKeyResult[] };
  /** An objective queued for the next quarter (M1: more priorities are sequenced, not stacked). */
  queued?: { title: string; description?: string; keyResults?: DemoPlannedKeyResult[] };
  /** Last quarter, reviewed and closed. */
  previous?: DemoPastQuarter;
}

export interface DemoPerson {
  name: string;
  email: string;
  role: "admin" | "member" | "viewer";
}

export interface DemoOrganisation {
  /** The slug a first start gives it; `grove demo --slug` keeps the suffix after "demo". */
  slug: string;
  name: string;
  /** How `grove serve` names it when it prints where to sign in. */
  label: string;
  /** The language of its mail to people without an account (invitations); English when absent. */
  locale?: "en" | "zh";
  /** The first admin listed is the one `npm start` tells to sign in. */
  people: DemoPerson[];
  /** Parents before children: a unit's `parent` and `parentKr` must already be loaded. */
  units: DemoUnit[];
  /** The vision and strategy this quarter's objectives serve (M8). */
  strategy: { vision: { title: string; body: string }; strategy: { title: string; body: string } };
  /** The latest check-in's comment for KRs without their own. */
  checkInComment: string;
}
