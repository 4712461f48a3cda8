// The audit log (issue 12, point 10): the administrative part of the history (S7), read by
// admins. OKR changes (objectives, key results, readings, comments) stay in each objective's own
// history; the log holds what shapes the organisation and who may do what in it.

/** The history entities the audit log shows: structure, people, access and settings. */
export const AUDIT_ENTITIES = [
  "organisation",
  "unit",
  "person",
  "membership",
  "period",
  "strategy",
  "coach_setting",
  "invitation",
  "api_token",
  "sso_settings",
  "webhook",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The audit log's filters; `T` is how its dates are given (days or instants as text, or Dates). */
export interface AuditFilterOf<T> {
  entityType?: AuditEntity;
  actor?: string;
  from?: T;
  to?: T;
}

/**
 * The filters as a query whose dates are the half-open range [from, to): a day `to` includes that
 * day, so it stands for the start of the next one. `startOf(day, daysAfter)` says where a day
 * starts: at UTC midnight for the API (which also takes instants), at the reader's own midnight
 * in the web app. Empty filters are left out. One rule for the API and the web app (issue 19).
 */
export function auditQueryOf<T>(
  filter: AuditFilterOf<string>,
  startOf: (day: string, daysAfter: number) => T,
): AuditFilterOf<T> {
  const query: AuditFilterOf<T> = {};
  if (filter.entityType) query.entityType = filter.entityType;
  if (filter.actor) query.actor = filter.actor;
  if (filter.from) query.from = startOf(filter.from, 0);
  if (filter.to) query.to = startOf(filter.to, 1);
  return query;
}

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 500;

/**
 * Keys whose values are secrets (an invitation's or token's hash, a webhook or SSO client
 * secret, a password). The services never record them (tests/api/history-every-change.test.ts);
 * the log hides them anyway, so a service that one day does cannot leak them through it.
 */
const SECRET_KEY = /secret|password|hash|^token$/i;
export const REDACTED = "[redacted]";

/**
 * A history snapshot with every secret value replaced by REDACTED, at any depth. A yes or no
 * about a secret (`clientSecretChanged: true`) is no secret and stays.
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      SECRET_KEY.test(key) && typeof inner !== "boolean" ? REDACTED : withoutSecrets(inner),
    ]),
  );
}

/** The field of a snapshot that names its entity, by entity (an email for an invitation). */
const NAME_FIELDS: Record<AuditEntity, string> = {
  organisation: "name",
  unit: "name",
  person: "name",
  membership: "name",
  period: "name",
  strategy: "title",
  coach_setting: "rule",
  invitation: "email",
  api_token: "name",
  sso_settings: "issuer",
  webhook: "name",
};

/**
 * What to call the entity of a history row: the person's current name for people and
 * memberships (`personName`, from the people table), else the name its snapshot recorded
 * (after the change, or before it for a deletion). Null when neither says.
 */
export function entityNameOf(
  entity: AuditEntity,
  before: unknown,
  after: unknown,
  personName: string | null = null,
): string | null {
  if (personName) return personName;
  const field = NAME_FIELDS[entity];
  for (const snapshot of [after, before]) {
    if (snapshot && typeof snapshot === "object" && field in snapshot) {
      const value = (snapshot as Record<string, unknown>)[field];
      if (typeof value === "string" && value !== "") return value;
    }
  }
  return null;
}

/** The export's columns, in order (the CSV's header row and each JSON entry's fields). */
export const AUDIT_CSV_COLUMNS = [
  "changedAt",
  "actorId",
  "actorName",
  "entityType",
  "entityId",
  "entityName",
  "action",
  "reason",
  "before",
  "after",
  "id",
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled.
 * A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return before one) gets a leading apostrophe first (OWASP, "CSV injection"): names, reasons
 * and titles are typed by people.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === "") return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line, ended with CRLF as RFC 4180 asks. */
export function csvLine(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
