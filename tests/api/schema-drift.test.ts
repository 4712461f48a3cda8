import { type Selectable, sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/schema.ts";
import { postgresMissing, useTestApp } from "../support/test-app.ts";

// Each column of src/db/schema.ts as the database declares it: its type (information_schema's
// udt_name) and " null" when it may be null. tsc makes this literal list exactly the tables and
// columns of schema.ts and each entry one the column's TypeScript type allows (a `string | null`
// column cannot be declared "int4" or NOT NULL); the test makes it exactly the migrated
// database. Together they keep the hand-declared Kysely types and the SQL migrations from
// drifting apart in names, types and nullability.

/** The database types node-postgres returns as each TypeScript type (DATE stays a string, see create-db.ts; int8 too). */
type SqlTypeOf<V> = [V] extends [Date]
  ? "timestamptz"
  : [V] extends [boolean]
    ? "bool"
    : [V] extends [number]
      ? "int2" | "int4" | "float8"
      : [V] extends [string]
        ? "text" | "uuid" | "date" | "int8"
        : [V] extends [string[]]
          ? "_text"
          : "jsonb";
type Described<V> = null extends V ? `${SqlTypeOf<Exclude<V, null>>} null` : SqlTypeOf<V>;
type Declared = {
  [T in keyof Database]: { [C in keyof Selectable<Database[T]>]-?: Described<Selectable<Database[T]>[C]> };
};

const declared: Declared = {
  apiTokens: {
    orgId: "uuid",
    id: "uuid",
    personId: "uuid",
    name: "text",
    scope: "text",
    tokenHash: "text",
    createdAt: "timestamptz",
    lastUsedAt: "timestamptz null",
    revokedAt: "timestamptz null",
  },
  checkIns: {
    orgId: "uuid",
    id: "uuid",
    keyResultId: "uuid",
    value: "float8",
    confidence: "float8 null",
    comment: "text",
    authorId: "uuid null",
    checkedInAt: "timestamptz",
    createdAt: "timestamptz",
    correctedAt: "timestamptz null",
    correctedBy: "uuid null",
    correctionReason: "text",
    withdrawnAt: "timestamptz null",
    withdrawnBy: "uuid null",
    withdrawalReason: "text",
    recordedBy: "uuid null",
  },
  coachSettings: {
    orgId: "uuid",
    rule: "text",
    setting: "text",
    reason: "text",
    changedBy: "uuid null",
    changedAt: "timestamptz",
  },
  commentMentions: { orgId: "uuid", commentId: "uuid", personId: "uuid" },
  comments: {
    orgId: "uuid",
    id: "uuid",
    objectiveId: "uuid null",
    keyResultId: "uuid null",
    authorId: "uuid null",
    body: "text",
    createdAt: "timestamptz",
    editedAt: "timestamptz null",
  },
  historyEntities: { entity: "text" },
  coachRules: { rule: "text" },
  decisions: {
    orgId: "uuid",
    id: "uuid",
    objectiveId: "uuid",
    keyResultId: "uuid null",
    title: "text",
    context: "text",
    options: "_text",
    evidence: "text",
    evidenceRefs: "jsonb",
    decision: "text",
    decidedBy: "uuid null",
    decidedOn: "date",
    revisitOn: "date null",
    status: "text",
    version: "int4",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
  history: {
    orgId: "uuid",
    id: "uuid",
    entity: "text",
    entityId: "uuid",
    action: "text",
    actorId: "uuid null",
    reason: "text",
    before: "jsonb null",
    after: "jsonb null",
    changedAt: "timestamptz",
  },
  invitations: {
    orgId: "uuid",
    id: "uuid",
    email: "text",
    name: "text",
    role: "text",
    tokenHash: "text",
    invitedBy: "uuid null",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
    acceptedAt: "timestamptz null",
  },
  keyResults: {
    orgId: "uuid",
    id: "uuid",
    objectiveId: "uuid",
    position: "int4",
    title: "text",
    kind: "text",
    metric: "text",
    unit: "text",
    baseline: "float8 null",
    baselineOn: "date null",
    target: "float8 null",
    rangeLow: "float8 null",
    rangeHigh: "float8 null",
    deadline: "date null",
    weight: "float8",
    ownerId: "uuid null",
    currentValue: "float8 null",
    currentConfidence: "float8 null",
    lastCheckInAt: "timestamptz null",
    version: "int4",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
    progress: "float8 null",
    rolledUp: "bool",
    finalProgress: "float8 null",
    forecastValue: "float8 null",
    forecastLow: "float8 null",
    forecastHigh: "float8 null",
    forecastProgress: "float8 null",
  },
  learnings: {
    orgId: "uuid",
    id: "uuid",
    reviewId: "uuid",
    unitId: "uuid",
    periodId: "uuid",
    keyResultId: "uuid null",
    band: "text null",
    body: "text",
    createdAt: "timestamptz",
  },
  memberships: { orgId: "uuid", unitId: "uuid", personId: "uuid", role: "text", createdAt: "timestamptz" },
  notificationPreferences: { orgId: "uuid", personId: "uuid", kind: "text", channel: "text", changedAt: "timestamptz" },
  notifications: {
    orgId: "uuid",
    id: "uuid",
    personId: "uuid",
    kind: "text",
    data: "jsonb",
    link: "text",
    dedupeKey: "text null",
    createdAt: "timestamptz",
    readAt: "timestamptz null",
  },
  objectives: {
    orgId: "uuid",
    id: "uuid",
    unitId: "uuid",
    periodId: "uuid",
    title: "text",
    description: "text",
    status: "text",
    parentKeyResultId: "uuid null",
    strategyId: "uuid null",
    version: "int4",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
    progress: "float8 null",
    finalProgress: "float8 null",
  },
  organisations: {
    id: "uuid",
    slug: "text",
    name: "text",
    createdAt: "timestamptz",
    reviewCadenceWeeks: "int2",
    locale: "text",
  },
  outbox: {
    id: "uuid",
    orgId: "uuid null",
    channel: "text",
    kind: "text",
    payload: "jsonb",
    dedupeKey: "text null",
    status: "text",
    attempts: "int4",
    nextAttemptAt: "timestamptz",
    lockedUntil: "timestamptz null",
    lastError: "text",
    createdAt: "timestamptz",
    sentAt: "timestamptz null",
  },
  emailVerifications: {
    tokenHash: "text",
    userId: "uuid",
    email: "text",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
    usedAt: "timestamptz null",
  },
  passwordResets: {
    tokenHash: "text",
    userId: "uuid",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
    usedAt: "timestamptz null",
  },
  twoFactor: {
    userId: "uuid",
    secret: "text",
    createdAt: "timestamptz",
    enabledAt: "timestamptz null",
    lastUsedStep: "int4 null",
  },
  twoFactorRecoveryCodes: { userId: "uuid", codeHash: "text", usedAt: "timestamptz null" },
  signInChallenges: {
    tokenHash: "text",
    userId: "uuid",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
    failures: "int4",
    usedAt: "timestamptz null",
  },
  people: {
    orgId: "uuid",
    id: "uuid",
    name: "text",
    email: "text",
    createdAt: "timestamptz",
    userId: "uuid null",
    role: "text",
  },
  periodTransitions: {
    orgId: "uuid",
    id: "uuid",
    periodId: "uuid",
    fromStatus: "text",
    toStatus: "text",
    reason: "text",
    actorId: "uuid null",
    at: "timestamptz",
    seq: "int8",
  },
  periods: {
    orgId: "uuid",
    id: "uuid",
    name: "text",
    startsOn: "date",
    endsOn: "date",
    status: "text",
    createdAt: "timestamptz",
  },
  reviewAnswers: {
    orgId: "uuid",
    reviewId: "uuid",
    keyResultId: "uuid",
    question: "text",
    answer: "text",
    updatedAt: "timestamptz",
  },
  reviewDecisions: {
    orgId: "uuid",
    reviewId: "uuid",
    keyResultId: "uuid",
    keyResultTitle: "text",
    decision: "text",
    reason: "text",
    targetBefore: "float8 null",
    targetAfter: "float8 null",
    decidedAt: "timestamptz",
  },
  reviewSessions: {
    orgId: "uuid",
    id: "uuid",
    unitId: "uuid",
    periodId: "uuid",
    dueOn: "date",
    kind: "text",
    state: "text",
    startedAt: "timestamptz",
    heldAt: "timestamptz null",
    nextObjectiveId: "uuid null",
  },
  scheduledRuns: { job: "text", slot: "text", startedAt: "timestamptz" },
  scoreRebuilds: { orgId: "uuid", periodId: "uuid", queuedAt: "timestamptz" },
  serverSecrets: { name: "text", secret: "text" },
  sessions: {
    idHash: "text",
    userId: "uuid",
    csrfHash: "text",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
    lastSeenAt: "timestamptz",
    ssoOrgId: "uuid null",
  },
  ssoSettings: {
    orgId: "uuid",
    enabled: "bool",
    issuer: "text",
    clientId: "text",
    clientSecret: "text",
    defaultRole: "text",
    allowedDomains: "_text",
    requireSso: "bool",
    changedBy: "uuid null",
    changedAt: "timestamptz",
  },
  ssoStates: {
    stateHash: "text",
    orgId: "uuid",
    browserHash: "text",
    codeVerifier: "text",
    nonce: "text",
    createdAt: "timestamptz",
    expiresAt: "timestamptz",
  },
  signInThrottle: {
    keyHash: "text",
    kind: "text",
    failures: "int4",
    windowStartedAt: "timestamptz",
    blockedUntil: "timestamptz null",
    expiresAt: "timestamptz",
  },
  strategies: {
    orgId: "uuid",
    id: "uuid",
    kind: "text",
    title: "text",
    body: "text",
    diagnosis: "text null",
    guardrails: "text null",
    createdAt: "timestamptz",
  },
  units: {
    orgId: "uuid",
    id: "uuid",
    parentId: "uuid null",
    name: "text",
    kind: "text",
    createdAt: "timestamptz",
    private: "bool",
  },
  users: {
    id: "uuid",
    email: "text",
    name: "text",
    passwordHash: "text",
    createdAt: "timestamptz",
    locale: "text",
    emailVerifiedAt: "timestamptz null",
  },
  webhooks: {
    orgId: "uuid",
    id: "uuid",
    name: "text",
    kind: "text",
    url: "text",
    events: "_text",
    active: "bool",
    secret: "text",
    createdBy: "uuid null",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
  },
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe.skipIf(postgresMissing())("schema types", () => {
  const t = useTestApp();

  // The CamelCasePlugin also renames the keys of raw query results.
  it("declare exactly the tables, columns, types and nullability the migrations create", async () => {
    const rows = await sql<{ tableName: string; columnName: string; udtName: string; isNullable: "YES" | "NO" }>`
      select table_name, column_name, udt_name, is_nullable from information_schema.columns
      where table_schema = current_schema() and table_name <> 'schema_migrations'`.execute(t.db.kysely);
    const actual: Record<string, Record<string, string>> = {};
    for (const row of rows.rows) {
      actual[row.tableName] = {
        ...actual[row.tableName],
        [row.columnName]: `${row.udtName}${row.isNullable === "YES" ? " null" : ""}`,
      };
    }
    const expected = Object.fromEntries(
      Object.entries(declared).map(([table, columns]) => [
        snake(table),
        Object.fromEntries(Object.entries(columns).map(([column, type]) => [snake(column), type])),
      ]),
    );
    expect(actual).toEqual(expected);
  });
});
