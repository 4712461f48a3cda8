import { type Kysely, sql } from "kysely";
import type { Database } from "../src/db/schema.ts";
import { hashSecret } from "../src/services/accounts/secrets.ts";
import { type CheckInPlan, checkInsOf, type OrgPlan } from "./generate.ts";
import { planMixUsers } from "./mix.ts";
import { Rng } from "./rng.ts";

type Column = [name: string, pgType: string];

const STRUCTURE_BATCH = 5_000;
const CHECK_IN_BATCH = 20_000;

/**
 * One INSERT per batch with one array parameter per column (`select * from unnest(...)`): a single
 * round trip and a single parse for thousands of rows, on PGlite and PostgreSQL alike, with no
 * parameter-count limit.
 */
export async function insertRows(db: Kysely<Database>, table: string, columns: Column[], rows: unknown[][]) {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((row) => row[i]));
  const names = sql.raw(columns.map(([name]) => name).join(", "));
  const unnest = sql.join(columns.map(([, type], i) => sql`${arrays[i]}::${sql.raw(type)}[]`));
  await sql`insert into ${sql.raw(table)} (${names}) select * from unnest(${unnest})`.execute(db);
}

async function inBatches(db: Kysely<Database>, table: string, columns: Column[], rows: unknown[][], size: number) {
  for (let i = 0; i < rows.length; i += size) await insertRows(db, table, columns, rows.slice(i, i + size));
}

/** Loads a planned organisation; returns the row counts. `withCheckIns: false` keeps only the KR caches. */
export async function loadOrganisation(db: Kysely<Database>, plan: OrgPlan, withCheckIns: boolean) {
  const { orgId } = plan;
  await db.insertInto("organisations").values({ id: orgId, slug: plan.slug, name: plan.name }).execute();
  await inBatches(
    db,
    "units",
    [
      ["org_id", "uuid"],
      ["id", "uuid"],
      ["parent_id", "uuid"],
      ["name", "text"],
      ["kind", "text"],
    ],
    plan.units.map((u) => [orgId, u.id, u.parentId, u.name, u.kind]),
    STRUCTURE_BATCH,
  );
  await inBatches(
    db,
    "periods",
    [
      ["org_id", "uuid"],
      ["id", "uuid"],
      ["name", "text"],
      ["starts_on", "date"],
      ["ends_on", "date"],
      ["status", "text"],
    ],
    plan.periods.map((p) => [orgId, p.id, p.name, p.startsOn, p.endsOn, p.status]),
    STRUCTURE_BATCH,
  );
  // Level by level, so every cascaded objective's parent KR exists when the foreign key is checked.
  const maxLevel = Math.max(...plan.units.map((u) => u.level));
  for (let level = 0; level <= maxLevel; level++) {
    await inBatches(
      db,
      "objectives",
      [
        ["org_id", "uuid"],
        ["id", "uuid"],
        ["unit_id", "uuid"],
        ["period_id", "uuid"],
        ["title", "text"],
        ["status", "text"],
        ["parent_key_result_id", "uuid"],
      ],
      plan.objectives
        .filter((o) => o.level === level)
        .map((o) => [orgId, o.id, o.unitId, o.periodId, o.title, o.status, o.parentKeyResultId]),
      STRUCTURE_BATCH,
    );
    await inBatches(
      db,
      "key_results",
      [
        ["org_id", "uuid"],
        ["id", "uuid"],
        ["objective_id", "uuid"],
        ["position", "int"],
        ["title", "text"],
        ["kind", "text"],
        ["metric", "text"],
        ["baseline", "float8"],
        ["baseline_on", "date"],
        ["target", "float8"],
        ["range_low", "float8"],
        ["range_high", "float8"],
        ["deadline", "date"],
        ["weight", "float8"],
        ["current_value", "float8"],
        ["current_confidence", "float8"],
        ["last_check_in_at", "timestamptz"],
      ],
      plan.keyResults
        .filter((kr) => kr.level === level)
        .map((kr) => [
          orgId,
          kr.id,
          kr.objectiveId,
          kr.position,
          kr.title,
          kr.kind,
          kr.metric,
          kr.baseline,
          new Date(kr.from).toISOString().slice(0, 10),
          kr.target,
          kr.rangeLow,
          kr.rangeHigh,
          kr.deadline,
          kr.weight,
          kr.currentValue,
          kr.currentConfidence,
          kr.lastCheckInAt?.toISOString() ?? null,
        ]),
      STRUCTURE_BATCH,
    );
  }
  await addBenchAdmin(db, plan);
  await addMixUsers(db, plan);
  let checkIns = 0;
  if (withCheckIns) {
    let batch: unknown[][] = [];
    const flush = async () => {
      await insertCheckIns(db, batch);
      checkIns += batch.length;
      batch = [];
    };
    for (const kr of plan.keyResults) {
      for (const c of checkInsOf(kr, plan.seed)) {
        batch.push(checkInRow(orgId, c));
        if (batch.length >= CHECK_IN_BATCH) await flush();
      }
    }
    await flush();
  }
  return {
    units: plan.units.length,
    objectives: plan.objectives.length,
    keyResults: plan.keyResults.length,
    checkIns,
  };
}

export const checkInColumns: Column[] = [
  ["org_id", "uuid"],
  ["id", "uuid"],
  ["key_result_id", "uuid"],
  ["value", "float8"],
  ["confidence", "float8"],
  ["comment", "text"],
  ["checked_in_at", "timestamptz"],
];

export function checkInRow(orgId: string, c: CheckInPlan): unknown[] {
  return [orgId, c.id, c.keyResultId, c.value, c.confidence, c.comment, c.checkedInAt.toISOString()];
}

/**
 * The generated rows are consistent by construction, so the per-row foreign-key triggers are
 * skipped for the 2 million check-ins (replica role, as pg_restore does); indexes are still built.
 */
async function insertCheckIns(db: Kysely<Database>, rows: unknown[][]) {
  if (rows.length === 0) return;
  await db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await insertRows(tx, "check_ins", checkInColumns, rows);
  });
}

/** The API token the benchmark calls with: its own (bearer) form of an organisation admin. */
export const benchToken = (plan: OrgPlan) => `grove_pat_bench_${plan.seed}_${plan.slug}`;

/** An admin person with a check-in token: every request goes through the real authentication and policies. */
async function addBenchAdmin(db: Kysely<Database>, plan: OrgPlan) {
  const personId = new Rng(plan.seed ^ 0xbe0c).uuid();
  await db
    .insertInto("people")
    .values({ orgId: plan.orgId, id: personId, name: "Bench Admin", email: "bench@example.com", role: "admin" })
    .execute();
  await db
    .insertInto("apiTokens")
    .values({
      orgId: plan.orgId,
      id: personId,
      personId,
      name: "bench",
      scope: "check_ins",
      tokenHash: hashSecret(benchToken(plan)),
    })
    .execute();
}

/** The mixed load's people (bench/mix.ts): members of one unit each, each with a check-ins token. */
async function addMixUsers(db: Kysely<Database>, plan: OrgPlan) {
  const users = planMixUsers(plan);
  const { orgId } = plan;
  await db
    .insertInto("people")
    .values(users.map((u) => ({ orgId, id: u.personId, name: u.name, email: u.email, role: "member" as const })))
    .execute();
  await db
    .insertInto("memberships")
    .values(users.map((u) => ({ orgId, unitId: u.unitId, personId: u.personId, role: "member" as const })))
    .execute();
  await db
    .insertInto("apiTokens")
    .values(
      users.map((u) => ({
        orgId,
        id: u.personId,
        personId: u.personId,
        name: "bench mixed load",
        scope: "check_ins" as const,
        tokenHash: hashSecret(u.token),
      })),
    )
    .execute();
}
