// The shape of a demo organisation. Each demo is data only (demo-data.ts in English,
// demo-data-zh.ts in Chinese); load-demo.ts turns any of them into an organisation around
// today's date. Per-unit data the loader does not know yet (reviews, learnings of the previous
// period) belongs on DemoUnit beside `objective` and `queued`.

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
  /** The first admin listed is the one `npm start` tells to sign in. */
  people: DemoPerson[];
  /** Parents before children: a unit's `parent` and `parentKr` must already be loaded. */
  units: DemoUnit[];
  /** The vision and strategy this quarter's objectives serve (M8). */
  strategy: { vision: { title: string; body: string }; strategy: { title: string; body: string } };
  /** The latest check-in's comment for KRs without their own. */
  checkInComment: string;
}
