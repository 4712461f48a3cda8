import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { seededRandom } from "../../../tests/support/seeded-random.ts";
import { listKeyResultAssessments, summariseAttention } from "../../db/repositories/dashboard.ts";
import { inTenant } from "../../db/tenant.ts";
import {
  ASSESSMENT_RULES,
  assessKeyResult,
  LOW_CONFIDENCE,
  needsAttention,
  PACE_TOLERANCE,
  STALE_AFTER_DAYS,
} from "../../domain/dashboard.ts";
import { FORECAST_AT_RISK_BELOW } from "../../domain/pace.ts";
import { loadUnitIndex } from "../../services/views/unit-index.ts";

// The dashboard assesses KRs in SQL (src/db/repositories/dashboard.ts); the domain's
// `assessKeyResult` (with the pace rule, src/domain/pace.ts) stays the source of truth. This
// holds the two to the same pace, reasons, expected progress and days without a check-in on
// every KR of a seeded random set, at fixed times and on the boundaries where an off-by-one
// would hide: exactly 14 days, a deadline today, a check-in a millisecond either side, a KR
// added mid-period, the first and last instant of the period, timestamps with microseconds
// (JavaScript keeps milliseconds), progress exactly at the line less the tolerance and a hair
// under it, a forecast exactly at 60 % and a hair under, rolled-up KRs and KRs never read.

const DAY = 86_400_000;
const nows = [
  new Date("2027-02-15T12:00:00Z"),
  new Date("2027-01-01T00:00:00Z"),
  new Date("2026-12-20T08:00:00Z"),
  new Date("2027-03-31T23:59:59.999Z"), // mid-minute: both take the minute for the pace line (paceInstant)
  new Date("2027-04-03T00:00:00Z"),
  new Date("2027-03-10T00:00:00Z"),
];

interface Planned {
  kind: "metric" | "range";
  progress: number | null;
  confidence: number | null;
  deadline: string | null;
  lastCheckInAt: string | null;
  createdAt: string;
  rolledUp: boolean;
  forecastProgress: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** Random KRs, and for every `now` the KRs that sit on its boundaries. */
function plan(seed: number): Planned[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const start = Date.parse("2027-01-01T00:00:00Z");
  const krs: Planned[] = [];
  for (let i = 0; i < 240; i++) {
    const around = pick(nows).getTime();
    krs.push({
      kind: next() < 0.7 ? "metric" : "range",
      progress: next() < 0.15 ? null : pick([0, 1, 0.5, -0.1, Math.round(next() * 1000) / 1000, next() * 1.4 - 0.2]),
      confidence: next() < 0.3 ? null : pick([0.1, 0.49, LOW_CONFIDENCE, 0.51, 0.9, next()]),
      deadline:
        next() < 0.3
          ? null
          : pick(["2027-01-01", "2026-12-15", "2027-03-31", "2027-04-30", day(around), day(start + next() * 90 * DAY)]),
      lastCheckInAt:
        next() < 0.3
          ? null
          : pick([
              iso(around - STALE_AFTER_DAYS * DAY),
              iso(around - STALE_AFTER_DAYS * DAY + 1),
              iso(around - STALE_AFTER_DAYS * DAY - 1),
              iso(around + DAY),
              `${iso(around - 3 * DAY).slice(0, 19)}.123456Z`,
              iso(start - 5 * DAY + next() * 100 * DAY),
            ]),
      rolledUp: next() < 0.1,
      forecastProgress:
        next() < 0.3 ? null : pick([FORECAST_AT_RISK_BELOW, FORECAST_AT_RISK_BELOW - 1e-12, 0.2, 0.9, next() * 1.2]),
      createdAt: pick([
        iso(start - 30 * DAY),
        iso(start),
        iso(around - STALE_AFTER_DAYS * DAY),
        `${iso(start + 20 * DAY).slice(0, 19)}.999999Z`,
        iso(start + next() * 95 * DAY),
        iso(around + 2 * DAY),
      ]),
    });
  }
  for (const now of nows) {
    const at = now.getTime();
    const fourteen = at - STALE_AFTER_DAYS * DAY;
    const boundary: Planned = {
      kind: "metric",
      progress: 0.4,
      confidence: 0.5,
      deadline: day(at),
      lastCheckInAt: null,
      createdAt: iso(start - DAY),
      rolledUp: false,
      forecastProgress: null,
    };
    const read = { ...boundary, lastCheckInAt: iso(at - DAY) };
    krs.push(
      { ...boundary, lastCheckInAt: iso(fourteen) },
      { ...boundary, lastCheckInAt: iso(fourteen + 1) },
      { ...boundary, createdAt: iso(fourteen) },
      { ...boundary, createdAt: iso(fourteen + 1) },
      // 0.6 ms after the 14 days: the database keeps microseconds, JavaScript truncates them.
      { ...boundary, lastCheckInAt: `${iso(fourteen).slice(0, 23)}600Z` },
      { ...boundary, createdAt: `${iso(fourteen).slice(0, 23)}600Z` },
      { ...boundary, kind: "range", progress: 1, deadline: null },
      { ...boundary, kind: "range", progress: 0.999999 },
    );
    // Progress exactly at the line less the tolerance is on track, a hair below it is behind.
    const expected = assessKeyResult(read, { startsOn: "2027-01-01", endsOn: "2027-03-31" }, now).expectedProgress;
    if (expected !== null) {
      const edge = expected - PACE_TOLERANCE;
      krs.push(
        { ...read, progress: expected },
        { ...read, progress: edge },
        { ...read, progress: edge - 1e-12 },
        { ...read, progress: edge - 1e-12, rolledUp: true, lastCheckInAt: null },
        { ...read, progress: edge - 1e-12, lastCheckInAt: null },
      );
    }
    krs.push(
      { ...read, progress: 2, forecastProgress: FORECAST_AT_RISK_BELOW },
      { ...read, progress: 2, forecastProgress: FORECAST_AT_RISK_BELOW - 1e-12 },
      { ...read, progress: 2, forecastProgress: 0.1, rolledUp: true },
      { ...read, progress: 2, confidence: LOW_CONFIDENCE - 1e-12 },
    );
  }
  return krs;
}

describeApi("the dashboard's SQL assessment equals the domain's (S5)", { now: () => nows[0] as Date }, (t) => {
  async function seed() {
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id, "2027-Q1");
    // A small tree, created out of name order: Gamma (Beta, then Alpha under Beta), Delta.
    const units: { unitId: string; objectiveId: string }[] = [];
    const ids = new Map<string, string>();
    for (const [name, parent] of [
      ["Gamma", null],
      ["Delta", null],
      ["Beta", "Gamma"],
      ["Alpha", "Beta"],
    ] as const) {
      const unit = await t.buildUnit(org.id, { name, ...(parent ? { parentId: ids.get(parent) } : {}) });
      ids.set(name, unit.id);
      const created = await t.buildObjective(org.id, { unitId: unit.id, periodId: period.id });
      units.push({ unitId: unit.id, objectiveId: created.objective.id });
    }
    const planned = plan(20270215);
    await inTenant(t.services.db, org.id, async (tx) => {
      for (const [i, kr] of planned.entries()) {
        const owner = units[i % units.length] as (typeof units)[number];
        await sql`insert into key_results (org_id, id, objective_id, position, title, kind, deadline, progress,
            current_confidence, last_check_in_at, created_at, rolled_up, forecast_progress)
          values (${org.id}, ${randomUUID()}, ${owner.objectiveId}, ${100 + i}, ${`KR ${i}`}, ${kr.kind},
            ${kr.deadline}::date, ${kr.progress}, ${kr.confidence}, ${kr.lastCheckInAt}::timestamptz,
            ${kr.createdAt}::timestamptz, ${kr.rolledUp}, ${kr.forecastProgress})`.execute(tx);
      }
    });
    // What the domain is given: the KRs as the driver reads them (timestamps in milliseconds).
    const stored = await inTenant(t.services.db, org.id, (tx) =>
      tx
        .selectFrom("keyResults")
        .select([
          "id",
          "objectiveId",
          "position",
          "kind",
          "progress",
          "currentConfidence",
          "deadline",
          "lastCheckInAt",
          "createdAt",
          "rolledUp",
          "forecastProgress",
        ])
        .where("orgId", "=", org.id)
        .execute(),
    );
    // The tree order as the rest of the app walks it (UnitIndex): the lists' order (S3).
    const index = await inTenant(t.services.db, org.id, (tx) => loadUnitIndex(tx, org.id));
    const place = new Map(index.subtree(null).map((unit, i) => [unit.id, i]));
    const unitOf = new Map(units.map((u) => [u.objectiveId, u.unitId]));
    const inTreeOrder = [...stored]
      .sort(
        (a, b) =>
          (place.get(unitOf.get(a.objectiveId) ?? "") ?? 0) - (place.get(unitOf.get(b.objectiveId) ?? "") ?? 0) ||
          a.position - b.position ||
          a.createdAt.getTime() - b.createdAt.getTime(),
      )
      .map((kr) => kr.id);
    return { org, period, ids, stored, inTreeOrder, planned: planned.length };
  }

  it("pace, reasons, expected progress and days without a check-in match `assessKeyResult` on every KR", async () => {
    const { org, period, stored, inTreeOrder, planned } = await seed();
    expect(stored.length).toBe(planned + 12);
    for (const now of nows) {
      const input = {
        orgId: org.id,
        periodId: period.id,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        now,
        rootUnitId: null,
        hiddenUnitIds: [],
        ...ASSESSMENT_RULES,
      };
      const rows = await inTenant(t.services.db, org.id, (tx) => listKeyResultAssessments(tx, input));
      expect(rows.map((r) => r.keyResultId)).toEqual(inTreeOrder);
      const fromSql = new Map(
        rows.map((r) => [
          r.keyResultId,
          {
            pace: r.pace,
            reasons: r.reasons,
            expectedProgress: r.expectedProgress,
            daysWithoutCheckIn: r.daysWithoutCheckIn,
            stale: r.stale,
          },
        ]),
      );
      const fromDomain = new Map(
        stored.map((kr) => {
          const a = assessKeyResult(
            { ...kr, confidence: kr.currentConfidence },
            { startsOn: period.startsOn, endsOn: period.endsOn },
            now,
          );
          return [
            kr.id,
            {
              pace: a.pace,
              reasons: a.reasons,
              expectedProgress: a.expectedProgress,
              daysWithoutCheckIn: a.daysWithoutCheckIn,
              stale: a.stale,
            },
          ];
        }),
      );
      expect(fromSql, `at ${now.toISOString()}`).toEqual(fromDomain);

      // The counts and a page of each list: the domain's flags, in tree order (unit, then position).
      const ordered = rows.map((r) => r.keyResultId);
      const atRiskIds = ordered.filter((id) => needsAttention(fromDomain.get(id)?.pace ?? null));
      const start = Math.min(7, atRiskIds.length);
      const summary = await inTenant(t.services.db, org.id, (tx) =>
        summariseAttention(tx, input, {
          // After the 7th KR at risk (or the last, when fewer are), by its id and place.
          atRisk: { after: start > 0 ? { id: atRiskIds[start - 1] as string, position: start } : null, limit: 30 },
          stale: { after: null, limit: 1000 },
        }),
      );
      const atRisk = atRiskIds;
      const stale = ordered.filter((id) => fromDomain.get(id)?.stale);
      expect(summary.atRiskTotal).toBe(atRisk.length);
      expect(summary.staleTotal).toBe(stale.length);
      expect(summary.unitsWithActiveObjective).toBe(4);
      expect(summary.atRisk.map((r) => r.keyResultId)).toEqual(atRisk.slice(start, start + 30));
      expect(summary.stale.map((r) => r.keyResultId)).toEqual(stale);
    }
  });

  it("assesses a unit's subtree only, and leaves out the KRs of units the caller may not read", async () => {
    const { org, period, ids, stored } = await seed();
    const objectiveOf = await inTenant(t.services.db, org.id, (tx) =>
      tx.selectFrom("objectives").select(["id", "unitId"]).where("orgId", "=", org.id).execute(),
    );
    const unitOf = new Map(objectiveOf.map((o) => [o.id, o.unitId]));
    const gamma = ids.get("Gamma") as string;
    const beta = ids.get("Beta") as string;
    const alpha = ids.get("Alpha") as string;
    const input = {
      orgId: org.id,
      periodId: period.id,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      now: nows[0] as Date,
      rootUnitId: gamma,
      hiddenUnitIds: [beta],
      ...ASSESSMENT_RULES,
    };
    const rows = await inTenant(t.services.db, org.id, (tx) => listKeyResultAssessments(tx, input));
    const expected = stored.filter((kr) => [gamma, alpha].includes(unitOf.get(kr.objectiveId) ?? ""));
    expect(new Set(rows.map((r) => r.keyResultId))).toEqual(new Set(expected.map((kr) => kr.id)));
    // A subtree is assessed from its units down, the whole organisation from the period's KRs
    // (src/db/repositories/dashboard.ts): the same rows either way.
    const whole = await inTenant(t.services.db, org.id, (tx) =>
      listKeyResultAssessments(tx, { ...input, rootUnitId: null, hiddenUnitIds: [] }),
    );
    const kept = new Set(rows.map((r) => r.keyResultId));
    expect(rows).toEqual(whole.filter((r) => kept.has(r.keyResultId)));
    const summary = await inTenant(t.services.db, org.id, (tx) =>
      summariseAttention(tx, input, { atRisk: { after: null, limit: 0 }, stale: { after: null, limit: 0 } }),
    );
    expect(summary.units).toBe(3);
    expect(summary.unitsWithActiveObjective).toBe(2);
  });
});
