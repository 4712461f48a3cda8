import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/schema.ts";
import { postgresMissing, useTestApp } from "../support/test-app.ts";

// tsc makes this literal list exactly the keys of src/db/schema.ts (a missing or extra key is a
// type error); the test makes it exactly the columns of the migrated database. Together they
// keep the hand-declared Kysely types and the SQL migrations from drifting apart.
const declared: { [T in keyof Database]: Record<keyof Database[T], true> } = {
  organisations: { id: true, slug: true, name: true, reviewCadenceWeeks: true, createdAt: true },
  units: { orgId: true, id: true, parentId: true, name: true, kind: true, private: true, createdAt: true },
  people: { orgId: true, id: true, name: true, email: true, userId: true, role: true, createdAt: true },
  memberships: { orgId: true, unitId: true, personId: true, role: true, createdAt: true },
  periods: { orgId: true, id: true, name: true, startsOn: true, endsOn: true, status: true, createdAt: true },
  strategies: { orgId: true, id: true, kind: true, title: true, body: true, createdAt: true },
  objectives: {
    orgId: true,
    id: true,
    unitId: true,
    periodId: true,
    title: true,
    description: true,
    status: true,
    parentKeyResultId: true,
    strategyId: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    progress: true,
    finalProgress: true,
  },
  keyResults: {
    orgId: true,
    id: true,
    objectiveId: true,
    position: true,
    title: true,
    kind: true,
    metric: true,
    unit: true,
    baseline: true,
    baselineOn: true,
    target: true,
    rangeLow: true,
    rangeHigh: true,
    deadline: true,
    weight: true,
    ownerId: true,
    currentValue: true,
    currentConfidence: true,
    lastCheckInAt: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    progress: true,
    finalProgress: true,
    rolledUp: true,
    forecastValue: true,
    forecastLow: true,
    forecastHigh: true,
    forecastProgress: true,
  },
  checkIns: {
    orgId: true,
    id: true,
    keyResultId: true,
    value: true,
    confidence: true,
    comment: true,
    authorId: true,
    recordedBy: true,
    checkedInAt: true,
    createdAt: true,
    correctedAt: true,
    correctedBy: true,
    correctionReason: true,
    withdrawnAt: true,
    withdrawnBy: true,
    withdrawalReason: true,
  },
  comments: {
    orgId: true,
    id: true,
    objectiveId: true,
    keyResultId: true,
    authorId: true,
    body: true,
    createdAt: true,
    editedAt: true,
  },
  commentMentions: { orgId: true, commentId: true, personId: true },
  history: {
    orgId: true,
    id: true,
    entity: true,
    entityId: true,
    action: true,
    actorId: true,
    reason: true,
    before: true,
    after: true,
    changedAt: true,
  },
  users: { id: true, email: true, name: true, passwordHash: true, createdAt: true },
  sessions: { idHash: true, userId: true, csrfHash: true, createdAt: true, expiresAt: true, lastSeenAt: true },
  signInFailures: { email: true, failedAt: true },
  scoreRebuilds: { orgId: true, periodId: true, queuedAt: true },
  periodTransitions: {
    orgId: true,
    id: true,
    periodId: true,
    fromStatus: true,
    toStatus: true,
    reason: true,
    actorId: true,
    at: true,
    seq: true,
  },
  invitations: {
    orgId: true,
    id: true,
    email: true,
    name: true,
    role: true,
    tokenHash: true,
    invitedBy: true,
    createdAt: true,
    expiresAt: true,
    acceptedAt: true,
  },
  apiTokens: {
    orgId: true,
    id: true,
    personId: true,
    name: true,
    scope: true,
    tokenHash: true,
    createdAt: true,
    lastUsedAt: true,
    revokedAt: true,
  },
  coachSettings: { orgId: true, rule: true, setting: true, reason: true, changedBy: true, changedAt: true },
  reviewSessions: {
    orgId: true,
    id: true,
    unitId: true,
    periodId: true,
    dueOn: true,
    kind: true,
    state: true,
    startedAt: true,
    heldAt: true,
    nextObjectiveId: true,
  },
  reviewAnswers: { orgId: true, reviewId: true, keyResultId: true, question: true, answer: true, updatedAt: true },
  reviewDecisions: {
    orgId: true,
    reviewId: true,
    keyResultId: true,
    keyResultTitle: true,
    decision: true,
    reason: true,
    targetBefore: true,
    targetAfter: true,
    decidedAt: true,
  },
  learnings: {
    orgId: true,
    id: true,
    reviewId: true,
    unitId: true,
    periodId: true,
    keyResultId: true,
    band: true,
    body: true,
    createdAt: true,
  },
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe.skipIf(postgresMissing())("schema types", () => {
  const t = useTestApp();

  // The CamelCasePlugin also renames the keys of raw query results.
  it("declare exactly the tables and columns the migrations create", async () => {
    const rows = await sql<{ tableName: string; columnName: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and table_name <> 'schema_migrations'`.execute(t.db.kysely);
    const actual = new Map<string, string[]>();
    for (const row of rows.rows) actual.set(row.tableName, [...(actual.get(row.tableName) ?? []), row.columnName]);
    const expected = Object.fromEntries(
      Object.entries(declared).map(([table, columns]) => [snake(table), Object.keys(columns).map(snake).sort()]),
    );
    expect(Object.fromEntries([...actual].map(([table, columns]) => [table, columns.sort()]))).toEqual(expected);
  });
});
