import type { HistoryEntry } from "../../api/types.ts";

/** The fields a reader cares about, in the order the editor shows them. */
const objectiveFields = ["title", "description", "status", "parentKeyResultId", "unitId", "periodId"] as const;
const keyResultFields = [
  "title",
  "metric",
  "unit",
  "kind",
  "baseline",
  "baselineOn",
  "target",
  "rangeLow",
  "rangeHigh",
  "deadline",
  "weight",
  "ownerId",
] as const;

export type ChangedField = (typeof objectiveFields)[number] | (typeof keyResultFields)[number];

export interface FieldChange {
  field: ChangedField;
  before: unknown;
  after: unknown;
}

export interface Change {
  entity: HistoryEntry["entity"];
  action: HistoryEntry["action"];
  /** The objective's or KR's title as it was after the change (before, for a removal). */
  title: string;
  /** The KR's unit, to show its numbers with it. */
  unit: string;
  changes: FieldChange[];
}

type Row = Record<string, unknown> | null;

const asRow = (value: unknown): Row => (value && typeof value === "object" ? (value as Record<string, unknown>) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a history row (S7) says in words: which fields moved from what to what. Bookkeeping
 * (versions, timestamps, the cached latest check-in, the KR's place in the list) is left out.
 */
export function describeChange(entry: HistoryEntry): Change {
  const before = asRow(entry.before);
  const after = asRow(entry.after);
  const latest = after ?? before ?? {};
  const fields = entry.entity === "objective" ? objectiveFields : keyResultFields;
  const changes =
    entry.action === "update" && before && after
      ? fields.filter((f) => !same(before[f], after[f])).map((f) => ({ field: f, before: before[f], after: after[f] }))
      : [];
  return {
    entity: entry.entity,
    action: entry.action,
    title: String(latest.title ?? ""),
    unit: String(latest.unit ?? ""),
    changes,
  };
}

/**
 * Newest first, and the rows of one save (same moment) in the order a reader expects: the
 * objective's own change, then its KRs by position; a creation reads last, as it came first.
 */
export function inReadingOrder(entries: HistoryEntry[]): HistoryEntry[] {
  const rank = (e: HistoryEntry) => {
    if (e.entity === "objective") return e.action === "create" ? 10_000 : -1;
    return Number(asRow(e.after ?? e.before)?.position ?? 0);
  };
  return [...entries].sort((a, b) => b.changedAt.localeCompare(a.changedAt) || rank(a) - rank(b));
}
