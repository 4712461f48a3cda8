import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import {
  buildMember,
  buildObjective,
  buildOrg,
  buildUnit,
  goodKeyResult,
  systemScope,
} from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { createDb } from "../../db/create-db.ts";
import { migrate } from "../../db/migrate.ts";
import { loadDemo } from "../../demo/load-demo.ts";
import type { AppError } from "../../domain/errors.ts";
import { systemActor } from "../../domain/policies.ts";
import { parseOkrFile, toYaml } from "../../okr-file/index.ts";
import { actorForPerson } from "../accounts/actor.ts";
import { putCoachSettings } from "../coach/coach-settings.ts";
import { defaultContext, type ServiceContext } from "../context.ts";
import { createKeyResult } from "../key-results/create-key-result.ts";
import { updateObjective } from "../objectives/update-objective.ts";
import { resolveOrganisation } from "../organisations.ts";
import { applyOkrFile, refusedStep } from "./apply-okr-file.ts";
import { exportOkrSet } from "./export-okr-file.ts";

const parse = (text: string) => {
  const result = parseOkrFile(text, "okrs.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.set;
};

const file = (units: string) => `period: 2027-Q1\nunits:\n${units}`;

const growth = `
  - name: Company
  - name: Growth
    parent: Company
    objectives:
      - title: Turn more visitors into successful trial teams
        key_results:
          - title: Raise trial-to-paid conversion from 4% to 6%
            metric: trial conversion
            unit: "%"
            baseline: 4
            target: 6
            deadline: 2027-03-31
          - title: Cut time to first value from 10 to 5 days
            metric: time to first value
            baseline: 10
            target: 5
            deadline: 2027-03-31
`;

/** A second complete objective for Growth (M1 allows one active objective of a unit in a period). */
const agencies = `      - title: Learn whether agencies need us
        key_results:
          - title: Customer interviews with agencies
            metric: interviews
            baseline: 0
            target: 12
            deadline: 2027-03-31
`;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describeApi("OKRs as code: apply and export", { now: "2027-02-15T12:00:00Z" }, (t) => {
  const exported = async (ctx: ServiceContext, orgId: string, unit?: string) =>
    toYaml((await exportOkrSet(ctx, systemScope(orgId), { period: "2027-Q1", unit })).set);
  const newOrg = () => ({
    actor: systemActor,
    newOrganisation: { slug: `new-${randomUUID().slice(0, 8)}`, name: "New" },
  });
  const apply = (ctx: ServiceContext, target: Parameters<typeof applyOkrFile>[1], text: string, dryRun = false) =>
    applyOkrFile(ctx, target, parse(text), { dryRun, reason: "grove apply okrs.yaml" });

  // Both databases are fresh embedded ones: the demo's accounts are global rows that another test
  // file loads too, and the target must be empty.
  it("round-trips: export a seeded organisation, apply to an empty database, export again, identical", {
    timeout: 120_000,
  }, async () => {
    // Two databases of their own: copies of the run's migrated snapshot on the PGlite project
    // (migrating each took 6-8 s), migrated here on the PostgreSQL project.
    const snapshot = inject("pgliteSnapshot");
    const fresh = async () => {
      const db = snapshot
        ? await createDb({ kind: "pglite-snapshot", snapshot: new Blob([readFileSync(snapshot)]) })
        : await createDb({ kind: "pglite", dataDir: "memory://" });
      if (!snapshot) await migrate(db.kysely);
      return { db, ctx: { ...defaultContext(db.kysely), now: t.services.now } };
    };
    const [source, empty] = await Promise.all([fresh(), fresh()]);
    try {
      await loadDemo(source.ctx, "demo");
      const seeded = await resolveOrganisation(source.ctx, "demo");
      const first = await exported(source.ctx, seeded.id);
      expect(first).toContain("Become home cooks' trusted cookware supplier");

      const target = { actor: systemActor, newOrganisation: { slug: "copy", name: "Copy" } };
      expect((await apply(empty.ctx, target, first)).written).toBe(true);
      const copy = await resolveOrganisation(empty.ctx, "copy");
      expect(await exported(empty.ctx, copy.id)).toBe(first);

      expect(await apply(empty.ctx, { orgId: copy.id, actor: systemActor }, first)).toEqual({
        steps: [],
        written: false,
      });
      const statuses = await empty.db.kysely.selectFrom("objectives").select("status").execute();
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["active"]));
    } finally {
      await Promise.all([source.db.close(), empty.db.close()]);
    }
  });

  it("creates units, objectives and key results with their history, and re-applying changes nothing", async () => {
    const target = newOrg();
    const result = await apply(t.services, target, file(growth));
    expect(result.steps.map((s) => s.kind)).toEqual([
      "createOrganisation",
      "createPeriod",
      "createUnit",
      "createUnit",
      "createObjective",
    ]);
    const org = await resolveOrganisation(t.services, target.newOrganisation.slug);
    const units = await t.db.kysely
      .selectFrom("units")
      .select(["name", "kind", "parentId", "id"])
      .where("orgId", "=", org.id)
      .orderBy("name")
      .execute();
    expect(units.map((u) => [u.name, u.kind, u.parentId === null])).toEqual([
      ["Company", "company", true],
      ["Growth", "team", false],
    ]);
    const history = await t.db.kysely
      .selectFrom("history")
      .select(["entity", "action"])
      .where("orgId", "=", org.id)
      .execute();
    const okrRows = history.filter((row) => row.entity === "objective" || row.entity === "key_result");
    expect(okrRows).toHaveLength(3);
    // The structure it made is recorded too (S7): the period and both units.
    expect(history.filter((row) => !okrRows.includes(row)).map((row) => `${row.entity} ${row.action}`)).toEqual([
      "period create",
      "unit create",
      "unit create",
    ]);

    const before = await snapshotOrganisation(t.db.kysely, org.id);
    expect(await apply(t.services, { orgId: org.id, actor: systemActor }, file(growth))).toEqual({
      steps: [],
      written: false,
    });
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("activates a new objective that passes M4 and K1, keeps the others as drafts, and queues a second one (M1)", async () => {
    const target = newOrg();
    const result = await apply(
      t.services,
      target,
      file(`${growth}${agencies}  - name: Support
    objectives:
      - title: Make every answer count
        key_results:
          - title: Raise first-contact resolution
            metric: first-contact resolution
      - title: Learn what customers ask first
`),
    );
    const created = result.steps.flatMap((s) => (s.kind === "createObjective" ? [[s.title, s.status, s.why]] : []));
    expect(created).toEqual([
      ["Turn more visitors into successful trial teams", "active", null],
      ["Learn whether agencies need us", "draft", "M1: the unit already has an active objective in this period"],
      ["Make every answer count", "draft", "key result 1: K1: give the current state (baseline)"],
      ["Learn what customers ask first", "draft", "M4: no key results"],
    ]);
  });

  it("activates every complete objective of a unit once the organisation turned M1 off", async () => {
    const org = await buildOrg(t.services);
    await putCoachSettings(t.services, systemScope(org.id), {
      M1: { setting: "off", reason: "Two bets this quarter" },
    });
    const two = file(`${growth}${agencies}`);
    const result = await apply(t.services, { orgId: org.id, actor: systemActor }, two);
    expect(result.steps.flatMap((s) => (s.kind === "createObjective" ? [s.status] : []))).toEqual(["active", "active"]);
    const active = await t.db.kysely
      .selectFrom("objectives")
      .select("id")
      .where("orgId", "=", org.id)
      .where("status", "=", "active")
      .execute();
    expect(active).toHaveLength(2);
  });

  it("changes what differs, matched by name, and records the reason in the history (S7)", async () => {
    const target = newOrg();
    await apply(t.services, target, file(growth));
    const org = await resolveOrganisation(t.services, target.newOrganisation.slug);
    const edited = growth
      .replace("baseline: 10\n            target: 5", "baseline: 10\n            target: 4")
      .replace(
        "      - title: Turn more visitors into successful trial teams\n",
        "      - title: Turn more visitors into successful trial teams\n        description: Trials that end in a team that stays\n",
      )
      .replace(
        "            deadline: 2027-03-31\n          - title: Cut",
        "            deadline: 2027-03-31\n          - title: Raise weekly active teams share from 20% to 30%\n            metric: weekly active teams share\n            baseline: 20\n            target: 30\n            deadline: 2027-03-31\n          - title: Cut",
      );
    const result = await apply(t.services, { orgId: org.id, actor: systemActor }, file(edited));
    expect(result.steps).toEqual([
      expect.objectContaining({
        kind: "updateObjective",
        description: { before: "", after: "Trials that end in a team that stays" },
      }),
      expect.objectContaining({
        kind: "createKeyResult",
        keyResult: expect.objectContaining({ metric: "weekly active teams share" }),
      }),
      expect.objectContaining({ kind: "updateKeyResult", changes: { target: { before: 5, after: 4 } } }),
    ]);
    const reasons = await t.db.kysely
      .selectFrom("history")
      .select(["action", "reason"])
      .where("orgId", "=", org.id)
      .where("action", "=", "update")
      .execute();
    expect(reasons).toEqual([
      { action: "update", reason: "grove apply okrs.yaml" },
      { action: "update", reason: "grove apply okrs.yaml" },
    ]);
  });

  it("moves a unit under the parent the file names, and never detaches one the file leaves without a parent", async () => {
    const target = newOrg();
    await apply(t.services, target, file(growth));
    const org = await resolveOrganisation(t.services, target.newOrganisation.slug);
    const scope = { orgId: org.id, actor: systemActor };
    const move = "period: 2027-Q1\nunits:\n  - name: Marketing\n  - name: Growth\n    parent: Marketing\n";
    const result = await apply(t.services, scope, move);
    expect(result.steps).toEqual([
      { kind: "createUnit", name: "Marketing", parent: null },
      expect.objectContaining({ kind: "moveUnit", name: "Growth", from: "Company", to: "Marketing" }),
    ]);
    const alone = await apply(t.services, scope, "period: 2027-Q1\nunits:\n  - name: Growth\n");
    expect(alone.steps).toEqual([]);
  });

  describe("changes nothing when a step is refused (one transaction)", () => {
    it("refuses K1 on an active objective's key result, naming the step, and writes nothing", async () => {
      const target = newOrg();
      await apply(t.services, target, file(growth));
      const org = await resolveOrganisation(t.services, target.newOrganisation.slug);
      const before = await snapshotOrganisation(t.db.kysely, org.id);
      const broken = file(`${growth.replace("            baseline: 4\n", "")}  - name: Sales\n    parent: Company\n`);
      const error = await refusal(apply(t.services, { orgId: org.id, actor: systemActor }, broken));
      expect(error.code).toBe("K1");
      expect(refusedStep(error)).toMatchObject({
        kind: "updateKeyResult",
        changes: { baseline: { before: 4, after: null } },
      });
      expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    });

    it("does not even create the organisation when a later step is refused", async () => {
      const target = newOrg();
      const cycle = "period: 2027-Q1\nunits:\n  - name: A\n    parent: B\n  - name: B\n    parent: A\n";
      const error = await refusal(apply(t.services, target, cycle));
      expect(error.code).toBe("validation_failed");
      const org = await t.db.kysely
        .selectFrom("organisations")
        .select("id")
        .where("slug", "=", target.newOrganisation.slug)
        .executeTakeFirst();
      expect(org).toBeUndefined();
    });

    it("runs a dry run to the end, reports the plan, and writes nothing", async () => {
      const org = await buildOrg(t.services);
      const before = await snapshotOrganisation(t.db.kysely, org.id);
      const result = await apply(t.services, { orgId: org.id, actor: systemActor }, file(growth), true);
      expect(result.written).toBe(false);
      expect(result.steps).toHaveLength(4);
      expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    });

    it("is for admins: a member may not reshape the organisation (M3)", async () => {
      const org = await buildOrg(t.services);
      const member = await buildMember(t.services, org.id);
      const actor = await actorForPerson(t.services, org.id, member.personId, null);
      const error = await refusal(
        apply(t.services, { orgId: org.id, actor: actor as NonNullable<typeof actor> }, file(growth)),
      );
      expect(error.code).toBe("forbidden");
    });
  });

  describe("export", () => {
    it("writes one unit and the units below it; cancelled objectives and private OKRs stay out", async () => {
      const target = newOrg();
      await apply(
        t.services,
        target,
        file(`${growth}  - name: Trials\n    parent: Growth\n  - name: Legal\n    parent: Company\n`),
      );
      const org = await resolveOrganisation(t.services, target.newOrganisation.slug);
      const yaml = await exported(t.services, org.id, "Growth");
      expect(yaml.split("\n").filter((line) => line.startsWith("  - name:") || line.startsWith("    parent:"))).toEqual(
        ["  - name: Growth", "  - name: Trials", "    parent: Growth"],
      );

      const secret = await buildUnit(t.services, org.id, { name: "Secret", private: true });
      const { objective } = await buildObjective(t.services, org.id, { unitId: secret.id, status: "draft" });
      const dropped = await buildObjective(t.services, org.id, {
        unitId: secret.id,
        status: "draft",
        title: "Dropped",
      });
      await updateObjective(t.services, systemScope(org.id), dropped.objective.id, { status: "cancelled" });
      await createKeyResult(t.services, systemScope(org.id), objective.id, {
        ...goodKeyResult(),
        title: "Keep p95 latency under 300 ms",
        kind: "range",
        rangeHigh: 300,
      });
      const asSystem = await exportOkrSet(t.services, systemScope(org.id), { period: "2027-Q1" });
      const secretUnit = asSystem.set.units.find((u) => u.name === "Secret");
      expect(secretUnit?.objectives.map((o) => o.title)).toEqual([objective.title]);
      expect(asSystem.notes).toEqual([expect.stringContaining("Keep p95 latency under 300 ms")]);

      const member = await buildMember(t.services, org.id);
      const actor = await actorForPerson(t.services, org.id, member.personId, null);
      const asMember = await exportOkrSet(
        t.services,
        { orgId: org.id, actor: actor as NonNullable<typeof actor> },
        { period: "2027-Q1" },
      );
      expect(asMember.set.units.find((u) => u.name === "Secret")?.objectives).toEqual([]);
    });

    it("refuses a period that is not a quarter: the file format holds quarters", async () => {
      const org = await buildOrg(t.services);
      await t.call("POST", `/api/v1/orgs/${org.slug}/periods`, {
        name: "Sprint 7",
        startsOn: "2027-01-01",
        endsOn: "2027-01-14",
      });
      const error = await refusal(exportOkrSet(t.services, systemScope(org.id), { period: "Sprint 7" }));
      expect(error.code).toBe("validation_failed");
    });
  });
});
