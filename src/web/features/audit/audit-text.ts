import type { AuditEntry } from "../../../api/client/index.ts";
import { type AuditFilterOf, auditQueryOf } from "../../../domain/audit-log.ts";

export type { AuditEntry } from "../../../api/client/index.ts";
export type AuditEntityType = AuditEntry["entityType"];

/** Bookkeeping that every snapshot carries and no reader asks about. */
const BOOKKEEPING = new Set(["id", "orgId", "createdAt", "updatedAt", "version", "changedAt", "changedBy", "position"]);
/** What a creation or removal is worth saying beside the thing's name. */
const NOTABLE = ["role", "kind", "unitId", "parentId", "scope", "setting", "status", "startsOn", "endsOn", "email"];

export interface FieldChange {
  field: string;
  /** Undefined for a creation's or removal's notable fields: only one side exists. */
  before?: string;
  after?: string;
}

type Row = Record<string, unknown>;
const asRow = (value: unknown): Row | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Row) : null;

/**
 * A value as a short line of text: ids of units and people by name (`names`), nothing as "–",
 * anything structured as its JSON, all cut at 80 characters.
 */
export function shown(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "string") return clip(names.get(value) ?? value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return clip(JSON.stringify(value));
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * What an entry changed, field by field: an update's fields that moved; a creation's or
 * removal's notable fields (a membership's unit and role, an invitation's role).
 */
export function changesOf(entry: AuditEntry, names: ReadonlyMap<string, string>): FieldChange[] {
  const before = asRow(entry.before);
  const after = asRow(entry.after);
  if (entry.action === "update" && before && after) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields
      .filter((f) => !BOOKKEEPING.has(f) && JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
      .map((f) => ({ field: f, before: shown(before[f], names), after: shown(after[f], names) }));
  }
  const only = after ?? before;
  if (!only) return [];
  const side = entry.action === "delete" ? "before" : "after";
  return NOTABLE.filter((f) => f in only && only[f] !== null && only[f] !== "" && f !== nameField(entry)).map((f) => ({
    field: f,
    [side]: shown(only[f], names),
  }));
}

/** An invitation is named by its email: saying it twice helps nobody. */
const nameField = (entry: AuditEntry) => (entry.entityType === "invitation" ? "email" : "");

/** The query string of the list's filters, shared by the list and the export link. */
export interface AuditFilters {
  entityType?: AuditEntityType;
  actor?: string;
  /** Local days (YYYY-MM-DD) as the date inputs give them. */
  from?: string;
  to?: string;
}

/**
 * The filters as the API takes them: a day is the reader's own day, so it goes as the instant
 * of its local midnight; `to` as the next midnight (the API's `to` is exclusive).
 */
export function apiFilters(filters: AuditFilters): AuditFilterOf<string> {
  return auditQueryOf(filters, localMidnight);
}

function localMidnight(day: string, daysAfter: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d + daysAfter).toISOString();
}

/** The export's address with the list's filters, for a plain download link. */
export function exportHref(org: string, format: "csv" | "json", filters: AuditFilters): string {
  const params = new URLSearchParams({ format, ...apiFilters(filters) });
  return `/api/v1/orgs/${encodeURIComponent(org)}/audit-log/export?${params}`;
}
