import { sql } from "kysely";
import { expect, it } from "vitest";
import { AppError } from "../../src/domain/errors.ts";
import { correctCheckIn, withdrawCheckIn } from "../../src/services/check-ins/correct-check-in.ts";
import { recordCheckIn } from "../../src/services/check-ins/record-check-in.ts";
import { deleteKeyResult } from "../../src/services/key-results/delete-key-result.ts";
import { updateKeyResult } from "../../src/services/key-results/update-key-result.ts";
import { createObjective } from "../../src/services/objectives/create-objective.ts";
import { deleteObjective } from "../../src/services/objectives/delete-objective.ts";
import { updateObjective } from "../../src/services/objectives/update-objective.ts";
import { drainScoreRebuilds, queueAllScoreRebuilds } from "../../src/services/scores/rebuild.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildPeriod, buildUnit, goodKeyResult, systemScope } from "../support/factories.ts";
import { expectStoredScoresFresh } from "../support/stored-scores.ts";

// Stored scores (issue 6, src/services/scores) must always equal what the domain's reference,
// scorePeriod, computes from scratch (S1, S2, M5). Every write path that moves a score is driven
// here in a seeded random order, and the whole period is compared after each step.

type Built = Awaited<ReturnType<typeof buildObjective>>;

describeApi("stored scores", { now: "2027-02-15T12:00:00Z" }, (t) => {
  /** A three-level cascade: company -> two departments -> two teams each (M5). */
  async function buildCascade(orgId: string) {
    const s = t.services;
    const period = await buildPeriod(s, orgId);
    const company = await buildObjective(s, orgId, { periodId: period.id });
    const levels: Built[][] = [[company]];
    for (let level = 1; level < 3; level++) {
      const next: Built[] = [];
      for (const parent of levels[level - 1] ?? []) {
        for (const kr of parent.keyResults.slice(0, 2)) {
          next.push(await buildObjective(s, orgId, { periodId: period.id, parentKeyResultId: kr.id }));
        }
      }
      levels.push(next);
    }
    return { period, company, levels, all: levels.flat() };
  }

  it("rolls a front-line check-in up to the company objective, touching only its chain", async () => {
    const org = await buildOrg(t.services);
    const { period, company, levels } = await buildCascade(org.id);
    const team = levels[2]?.[0] as Built;
    const before = await t.db.kysely
      .selectFrom("objectives")
      .select(["id", "progress"])
      .where("orgId", "=", org.id)
      .execute();
    await recordCheckIn(t.services, systemScope(org.id), team.keyResults[0]?.id as string, { value: 6 });
    await expectStoredScoresFresh(t.db.kysely, org.id, period.id);
    const after = await t.db.kysely
      .selectFrom("objectives")
      .select(["id", "progress", "title"])
      .where("orgId", "=", org.id)
      .execute();
    const moved = after.filter((o) => o.progress !== before.find((b) => b.id === o.id)?.progress).map((o) => o.id);
    // Team (1/3 of its KRs at target), its department, the company: nothing else moved.
    expect(moved.sort()).toEqual([team.objective.id, levels[1]?.[0]?.objective.id, company.objective.id].sort());
    const top = after.find((o) => o.id === company.objective.id);
    expect(top?.progress).toBeGreaterThan(0);
  });

  it("stays equal to the from-scratch score through a seeded random sequence of every kind of write", {
    timeout: 120_000,
  }, async () => {
    const org = await buildOrg(t.services);
    const scope = systemScope(org.id);
    const { period, all } = await buildCascade(org.id);
    let seed = 20261127;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // A write with nothing to act on (no draft KR left to drop, say) is skipped, not counted.
    class NothingToPick extends Error {}
    const pick = <T>(items: T[]): T => {
      if (items.length === 0) throw new NothingToPick();
      return items[Math.floor(random() * items.length)] as T;
    };
    const liveKeyResults = async () =>
      t.db.kysely
        .selectFrom("keyResults")
        .innerJoin("objectives", "objectives.id", "keyResults.objectiveId")
        .select(["keyResults.id", "keyResults.objectiveId", "keyResults.version", "objectives.status"])
        .where("keyResults.orgId", "=", org.id)
        .orderBy("keyResults.createdAt")
        .orderBy("keyResults.id")
        .execute();
    const liveReadings = async () =>
      t.db.kysely
        .selectFrom("checkIns")
        .select("id")
        .where("orgId", "=", org.id)
        .where("withdrawnAt", "is", null)
        .orderBy("createdAt")
        .orderBy("id")
        .execute();
    const liveObjectives = async () =>
      t.db.kysely
        .selectFrom("objectives")
        .selectAll()
        .where("orgId", "=", org.id)
        .orderBy("createdAt")
        .orderBy("id")
        .execute();

    const writes: Record<string, () => Promise<unknown>> = {
      checkIn: async () =>
        recordCheckIn(t.services, scope, pick(await liveKeyResults()).id, { value: Math.round(random() * 80) / 10 }),
      correctReading: async () => {
        const reading = pick(await liveReadings());
        return correctCheckIn(t.services, scope, reading.id, {
          value: Math.round(random() * 80) / 10,
          reason: "The export was a day late (S7)",
        });
      },
      withdrawReading: async () =>
        withdrawCheckIn(t.services, scope, pick(await liveReadings()).id, "Recorded on the wrong KR (S7)"),
      moveTarget: async () => {
        const kr = pick(await liveKeyResults());
        return updateKeyResult(t.services, scope, kr.id, {
          target: 5 + Math.round(random() * 50) / 10,
          version: kr.version,
          reason: "The market moved (S7)",
        });
      },
      reweight: async () => {
        const kr = pick(await liveKeyResults());
        return updateKeyResult(t.services, scope, kr.id, { weight: 1 + Math.floor(random() * 3), version: kr.version });
      },
      cascade: async () =>
        createObjective(t.services, scope, {
          unitId: (await buildUnit(t.services, org.id)).id,
          periodId: period.id,
          title: "Make onboarding effortless for new teams",
          status: "draft",
          parentKeyResultId: pick(await liveKeyResults()).id,
          keyResults: [goodKeyResult(), goodKeyResult({ title: "Cut time to first value from 9 to 3 days" })],
        }),
      relink: async () => {
        const objective = pick((await liveObjectives()).filter((o) => o.parentKeyResultId));
        const target = pick(await liveKeyResults());
        return updateObjective(t.services, scope, objective.id, {
          parentKeyResultId: target.id,
          version: objective.version,
        });
      },
      cancelOrReopen: async () => {
        const objective = pick((await liveObjectives()).filter((o) => o.parentKeyResultId));
        const status = objective.status === "cancelled" ? "draft" : "cancelled";
        return updateObjective(t.services, scope, objective.id, { status, version: objective.version });
      },
      dropKeyResult: async () => {
        const kr = pick((await liveKeyResults()).filter((k) => k.status !== "active"));
        return deleteKeyResult(t.services, scope, kr.id, kr.version);
      },
      dropObjective: async () => {
        const objective = pick((await liveObjectives()).filter((o) => o.parentKeyResultId));
        return deleteObjective(t.services, scope, objective.id, objective.version);
      },
    };
    // Start with readings everywhere so every score is a number.
    for (const built of all) {
      for (const kr of built.keyResults) await recordCheckIn(t.services, scope, kr.id, { value: 5 });
    }
    await expectStoredScoresFresh(t.db.kysely, org.id, period.id);
    const kinds = Object.keys(writes);
    const done: string[] = [];
    for (let step = 0; step < 40; step++) {
      const kind = pick(kinds);
      try {
        await writes[kind]?.();
        done.push(kind);
      } catch (error) {
        // A refusal the method demands (M4, M5 cycle, K1...) is fine; it must leave scores intact.
        if (!(error instanceof AppError || error instanceof NothingToPick)) throw error;
      }
      await expectStoredScoresFresh(t.db.kysely, org.id, period.id);
    }
    expect(new Set(done).size).toBeGreaterThanOrEqual(6); // the sequence really mixed the writes
  });

  it("answers writes with the rows' new scores (check-in, KR edit, objective save)", async () => {
    const org = await buildOrg(t.services);
    const { keyResults, objective } = await buildObjective(t.services, org.id);
    const base = `/api/v1/orgs/${org.slug}`;
    const kr = keyResults[0] as (typeof keyResults)[number]; // 4% -> 6%
    const checkIn = await t.call("POST", `${base}/key-results/${kr.id}/check-ins`, { value: 5 });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.keyResult).toMatchObject({ progress: 0.5, rolledUp: false });
    const edited = await t.call("PATCH", `${base}/key-results/${kr.id}`, {
      target: 8,
      version: checkIn.body.keyResult.version,
      reason: "The board raised the bar (S7)",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.progress).toBeCloseTo(0.25, 12);
    const read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect(read.body.progress).toBeCloseTo(0.25 / 3, 12);
  });

  it("refuses a cascade link that would make a cycle (M5)", async () => {
    const org = await buildOrg(t.services);
    const { levels } = await buildCascade(org.id);
    const company = levels[0]?.[0] as Built;
    const team = levels[2]?.[0] as Built;
    const refusal = await updateObjective(t.services, systemScope(org.id), company.objective.id, {
      parentKeyResultId: team.keyResults[0]?.id,
      version: company.objective.version,
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).details?.[0]).toMatchObject({ field: "parentKeyResultId", rule: "M5" });
  });

  it("keeps the parent's roll-up right under concurrent check-ins below it", { timeout: 60_000 }, async () => {
    const org = await buildOrg(t.services);
    const { period, levels } = await buildCascade(org.id);
    const teams = levels[2] ?? [];
    await Promise.all(
      teams.flatMap((team, i) =>
        team.keyResults.map((kr, k) => recordCheckIn(t.services, systemScope(org.id), kr.id, { value: 4 + i + k })),
      ),
    );
    await expectStoredScoresFresh(t.db.kysely, org.id, period.id);
  });

  it("rebuilds scores that were lost or never stored (migration 0005, grove rescore)", async () => {
    const org = await buildOrg(t.services);
    const { period, all } = await buildCascade(org.id);
    for (const built of all)
      await recordCheckIn(t.services, systemScope(org.id), built.keyResults[1]?.id as string, { value: 2.5 });
    await sql`update key_results set progress = null, rolled_up = false where org_id = ${org.id}`.execute(t.db.kysely);
    await sql`update objectives set progress = null where org_id = ${org.id}`.execute(t.db.kysely);
    expect(await queueAllScoreRebuilds(t.db.kysely)).toBeGreaterThan(0);
    expect(await drainScoreRebuilds(t.db.kysely)).toBeGreaterThan(0);
    await expectStoredScoresFresh(t.db.kysely, org.id, period.id);
    const company = await t.db.kysely
      .selectFrom("objectives")
      .select("progress")
      .where("id", "=", all[0]?.objective.id as string)
      .executeTakeFirst();
    expect(company?.progress).not.toBeNull();
  });
});
