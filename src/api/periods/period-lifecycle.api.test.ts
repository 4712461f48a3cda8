import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import type { AppError } from "../../domain/errors.ts";
import { parseOkrFile } from "../../okr-file/index.ts";
import { putCoachSettings } from "../../services/coach/coach-settings.ts";
import { applyOkrFile } from "../../services/okrs-as-code/apply-okr-file.ts";

// The period lifecycle (issue 10, docs/period-lifecycle.md): steps by admins, recorded; a closed
// period refuses every write to its OKRs with 409 period_closed and writes nothing; closing
// records the final scores still missing (S2); reopening needs a reason (S7).

const fixedNow = new Date("2027-02-15T12:00:00Z");

describeApi("period lifecycle", { now: () => fixedNow }, (t) => {
  /** An organisation with a period, an active objective of three KRs checked in once, and its admin's API base. */
  async function world(periodName = "2027-Q1") {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const period = (await t.call("POST", `${base}/periods`, { name: periodName, status: "active" })).body;
    const { objective, keyResults } = await t.buildObjective(org.id, { periodId: period.id });
    const kr = keyResults[0]?.id as string;
    expect((await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 5 })).status).toBe(201);
    return { org, base, period, objective, keyResults, kr };
  }

  const step = (base: string, periodId: string, to: string, reason?: string) =>
    t.call("POST", `${base}/periods/${periodId}/transitions`, reason === undefined ? { to } : { to, reason });

  /** A KR's stored progress and final score, as the database holds them. */
  const scoresOf = (orgId: string, keyResultId: string) =>
    t.db.kysely
      .selectFrom("keyResults")
      .select(["progress", "finalProgress"])
      .where("orgId", "=", orgId)
      .where("id", "=", keyResultId)
      .executeTakeFirstOrThrow();

  async function close(base: string, periodId: string) {
    expect((await step(base, periodId, "in_review")).status).toBe(200);
    const closed = await step(base, periodId, "closed");
    expect(closed.status).toBe(200);
    return closed.body;
  }

  it("moves a period planning -> active -> in review -> closed and records each step", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const period = (await t.call("POST", `${base}/periods`, { name: "2027-Q2" })).body;
    expect(period.status).toBe("planning");
    for (const to of ["active", "in_review", "closed"]) {
      const res = await step(base, period.id, to);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.period.status).toBe(to);
    }
    const list = await t.call("GET", `${base}/periods/${period.id}/transitions`);
    expect(list.status).toBe(200);
    expect(
      list.body.transitions.map((s: { fromStatus: string; toStatus: string }) => [s.fromStatus, s.toStatus]),
    ).toEqual([
      ["planning", "active"],
      ["active", "in_review"],
      ["in_review", "closed"],
    ]);
    expect(list.body.transitions[0].at).toBe(fixedNow.toISOString());
    expect(list.body.transitions.every((s: { actorId: string | null }) => s.actorId !== null)).toBe(true);
  });

  it("refuses illegal jumps with 409 naming the rule, and a PATCH of the status", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const period = (await t.call("POST", `${base}/periods`, { name: "2027-Q3" })).body;
    const jump = await step(base, period.id, "closed");
    expect(jump.status).toBe(409);
    expect(jump.body.error.code).toBe("period_transition");
    expect(jump.body.error.details).toEqual([expect.objectContaining({ field: "to", rule: "lifecycle" })]);
    const patch = await t.call("PATCH", `${base}/periods/${period.id}`, { status: "closed" });
    expect(patch.status).toBe(409);
    expect(patch.body.error.details[0]).toMatchObject({ field: "status", rule: "lifecycle" });
    // The same status, or other fields, still patch.
    expect(
      (await t.call("PATCH", `${base}/periods/${period.id}`, { status: "planning", endsOn: "2027-09-30" })).status,
    ).toBe(200);
    const created = await t.call("POST", `${base}/periods`, { name: "2027-Q4", status: "closed" });
    expect(created.status).toBe(400);
    expect((await t.call("GET", `${base}/periods/${period.id}`)).body.status).toBe("planning");
    expect((await t.call("GET", `${base}/periods/${period.id}/transitions`)).body.transitions).toEqual([]);
  });

  it("closing records the final scores still missing; one recorded by a review stays", async () => {
    const { org, base, period, objective, keyResults, kr } = await world();
    const reviewed = keyResults[1]?.id as string;
    await t.db.kysely.updateTable("keyResults").set({ finalProgress: 0.42 }).where("id", "=", reviewed).execute();
    const closed = await close(base, period.id);
    expect(closed.finalScores).toEqual({ objectives: 1, keyResults: 2 });
    const rows = await t.db.kysely
      .selectFrom("keyResults")
      .select(["id", "progress", "finalProgress"])
      .where("orgId", "=", org.id)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(kr)?.finalProgress).toBeCloseTo(0.5, 12); // 4 -> 6, read 5
    expect(byId.get(reviewed)?.finalProgress).toBe(0.42);
    const o = await t.db.kysely
      .selectFrom("objectives")
      .select(["progress", "finalProgress"])
      .where("id", "=", objective.id)
      .executeTakeFirstOrThrow();
    expect(o.finalProgress).toBe(o.progress);
  });

  it("a closed period refuses every write to its OKRs with 409 and writes nothing", async () => {
    const { org, base, period, objective, keyResults, kr } = await world();
    const open = (await t.call("POST", `${base}/periods`, { name: "2027-Q2", status: "active" })).body;
    const elsewhere = await t.buildObjective(org.id, { periodId: open.id, status: "draft", keyResults: [] });
    // A reading taken while the period was open: correcting or withdrawing it after the close is an OKR write too.
    expect((await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 5 })).status).toBe(201);
    const [reading] = (await t.call("GET", `${base}/key-results/${kr}/check-ins`)).body.checkIns;
    await close(base, period.id);
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const v = objective.version;
    const writes: [string, string, unknown][] = [
      ["POST", `${base}/key-results/${kr}/check-ins`, { value: 6 }],
      ["POST", `${base}/check-ins`, { checkIns: [{ keyResultId: kr, value: 6 }] }],
      ["PATCH", `${base}/check-ins/${reading.id}`, { value: 5.5, reason: "Misread the report" }],
      ["POST", `${base}/check-ins/${reading.id}/withdrawal`, { reason: "Counted twice" }],
      ["POST", `${base}/objectives/${objective.id}/key-results`, goodKeyResult({ title: "One more" })],
      ["PATCH", `${base}/key-results/${kr}`, { title: "Renamed late", version: 1 }],
      ["PUT", `${base}/key-results/${kr}/guardrails`, { healthMetricIds: [] }],
      ["DELETE", `${base}/key-results/${keyResults[2]?.id}`, undefined],
      ["POST", `${base}/objectives`, { unitId: objective.unitId, periodId: period.id, title: "Late", keyResults: [] }],
      ["PATCH", `${base}/objectives/${objective.id}`, { title: "Edited late", version: v }],
      ["PATCH", `${base}/objectives/${objective.id}`, { status: "cancelled", version: v }],
      [
        "PUT",
        `${base}/objectives/${objective.id}`,
        {
          title: "Saved late",
          status: "active",
          version: v,
          keyResults: keyResults.map((k) => ({ id: k.id, title: k.title })),
        },
      ],
      ["DELETE", `${base}/objectives/${objective.id}`, undefined],
      // Into a closed period from an open one, and out of it.
      [
        "PATCH",
        `${base}/objectives/${elsewhere.objective.id}`,
        { periodId: period.id, version: elsewhere.objective.version },
      ],
      ["PATCH", `${base}/objectives/${objective.id}`, { periodId: open.id, version: v }],
    ];
    const failures: string[] = [];
    for (const [method, path, body] of writes) {
      const res = await t.call(method, path, body);
      if (res.status !== 409 || res.body.error.code !== "period_closed")
        failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      else expect(res.body.error.message).toBe("2027-Q1 is closed; an admin can reopen it with a reason");
    }
    expect(failures).toEqual([]);
    // grove apply goes through the same services.
    const parsed = parseOkrFile(
      `period: 2027-Q1\nunits:\n  - name: Late unit\n    objectives:\n      - title: Written after the close\n`,
      "okrs.yaml",
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const applied = await applyOkrFile(t.services, systemScope(org.id), parsed.set, {
      dryRun: false,
      reason: "late",
    }).catch((error: AppError) => error);
    expect((applied as AppError).code).toBe("period_closed");
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("a check-in racing the close either lands before it (and in the final score) or is refused", async () => {
    const { base, period, kr, org } = await world();
    expect((await step(base, period.id, "in_review")).status).toBe(200);
    for (const value of [5.5, 6]) {
      const [checkIn, closed] = await Promise.all([
        t.call("POST", `${base}/key-results/${kr}/check-ins`, { value }),
        step(base, period.id, "closed"),
      ]);
      expect(closed.status).toBe(200);
      expect([201, 409]).toContain(checkIn.status);
      const row = await scoresOf(org.id, kr);
      // Closing waited for the check-in under way, or the check-in saw the period closed:
      // either way nothing moved after the final score was taken.
      expect(row.finalProgress).toBe(row.progress);
      await t.db.kysely.updateTable("keyResults").set({ finalProgress: null }).where("id", "=", kr).execute();
      expect((await step(base, period.id, "in_review", "Race again")).status).toBe(200);
    }
  });

  it("reopens only with a reason, recorded; final scores stay; writes are accepted again", async () => {
    const { base, period, kr, org } = await world();
    await close(base, period.id);
    const noReason = await step(base, period.id, "in_review");
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.code).toBe("S7");
    expect(noReason.body.error.details[0]).toMatchObject({ field: "reason", rule: "S7" });
    const reopened = await step(base, period.id, "in_review", "The March revenue figure arrived late");
    expect(reopened.status).toBe(200);
    expect(reopened.body.transition).toMatchObject({
      fromStatus: "closed",
      toStatus: "in_review",
      reason: "The March revenue figure arrived late",
    });
    const checkIn = await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 6 });
    expect(checkIn.status).toBe(201);
    const row = await scoresOf(org.id, kr);
    expect(row.progress).toBeCloseTo(1, 12);
    expect(row.finalProgress).toBeCloseTo(0.5, 12);
    const steps = (await t.call("GET", `${base}/periods/${period.id}/transitions`)).body.transitions;
    expect(steps.map((s: { toStatus: string }) => s.toStatus)).toEqual(["active", "in_review", "closed", "in_review"]);
  });

  it("only admins take steps; members read the record", async () => {
    const { org, base, period, objective } = await world();
    const lead = await t.buildMember(org.id, { units: [[objective.unitId, "lead"]] });
    const refused = await t.callAs(lead, "POST", `${base}/periods/${period.id}/transitions`, { to: "in_review" });
    expect(refused.status).toBe(403);
    expect((await t.callAs(lead, "GET", `${base}/periods/${period.id}/transitions`)).status).toBe(200);
  });

  it("activation shows the coach's findings first; errors on active objectives block it, warnings do not", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const period = (await t.call("POST", `${base}/periods`, { name: "2027-Q1" })).body;
    await t.buildObjective(org.id, { periodId: period.id, keyResults: [goodKeyResult()] });
    const warned = await t.call("GET", `${base}/periods/${period.id}/readiness`);
    expect(warned.status).toBe(200);
    expect(warned.body.blocking).toBe(0);
    const m2 = warned.body.units[0].findings.find((f: { rule: string }) => f.rule === "M2");
    expect(m2).toMatchObject({ severity: "warning", blocking: false });

    await putCoachSettings(t.services, systemScope(org.id), { M2: { setting: "error" } });
    const blocked = await t.call("GET", `${base}/periods/${period.id}/readiness`);
    expect(blocked.body.blocking).toBe(1);
    const refused = await step(base, period.id, "active");
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("period_not_ready");
    expect(refused.body.error.details).toEqual([expect.objectContaining({ rule: "M2" })]);
    expect((await t.call("GET", `${base}/periods/${period.id}`)).body.status).toBe("planning");

    await putCoachSettings(t.services, systemScope(org.id), {});
    expect((await step(base, period.id, "active")).status).toBe(200);
  });

  it("sets the review cadence to 4-13 weeks; shorter is refused with S4's reason", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    expect((await t.call("GET", base)).body.reviewCadenceWeeks).toBe(6);
    const short = await t.call("PATCH", base, { reviewCadenceWeeks: 2 });
    expect(short.status).toBe(422);
    expect(short.body.error.code).toBe("S4");
    expect(short.body.error.message).toContain("2-3 week formal reviews are usually not a good use of time");
    expect(short.body.error.details[0]).toMatchObject({ field: "reviewCadenceWeeks", rule: "S4" });
    expect((await t.call("PATCH", base, { reviewCadenceWeeks: 14 })).status).toBe(422);
    expect((await t.call("PATCH", base, { reviewCadenceWeeks: 4.5 })).status).toBe(400);
    const set = await t.call("PATCH", base, { reviewCadenceWeeks: 8 });
    expect(set.status).toBe(200);
    expect(set.body.reviewCadenceWeeks).toBe(8);
    expect((await t.call("GET", base)).body).toMatchObject({ reviewCadenceWeeks: 8, name: org.name });
  });
});
