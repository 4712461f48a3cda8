import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import type { TestSession } from "../../../tests/support/factories.ts";
import { systemScope } from "../../../tests/support/factories.ts";
import { expectRefused } from "../../../tests/support/refusal.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { sessionHeaders, steppingClock } from "../../../tests/support/test-app.ts";
import { englishDemo } from "../../demo/demo-data.ts";
import { chineseDemo } from "../../demo/demo-data-zh.ts";
import { loadDemo } from "../../demo/load-demo.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { listSprints } from "../../services/sprints/read-sprints.ts";

// P3: a team's sprints, their goals linked to the KRs they serve, the KR's movement during each
// sprint, and the all-or-nothing CSV import. Runs on PGlite and PostgreSQL.

// Mid-February 2027, a second later at each call, so history rows keep their order.
describeApi("sprints (P3)", { now: steppingClock("2027-02-15T12:00:00Z") }, (t) => {
  /** A body that is not JSON (a CSV file, a form), sent as this person. */
  const send = (as: TestSession, path: string, body: string, type: string) =>
    t.call("POST", path, body, { ...sessionHeaders(as), "content-type": type });

  async function world() {
    const { org, objective, keyResults, member, base } = await t.buildTeamWithMember();
    const [activation, churn] = keyResults;
    return { org, objective, activation: activation as { id: string }, churn: churn as { id: string }, member, base };
  }

  it("a member plans a sprint serving a KR; the list shows the KR's value at the sprint's start and end", async () => {
    const w = await world();
    const read = (value: number, at: string) =>
      recordCheckIn(t.services, systemScope(w.org.id), w.activation.id, { value, checkedInAt: at });
    await read(4.2, "2027-01-02T10:00:00Z");
    await read(4.6, "2027-01-09T10:00:00Z");
    await read(5.1, "2027-01-16T10:00:00Z");
    const created = await t.callAs(w.member, "POST", `${w.base}/sprints`, {
      unitId: w.objective.unitId,
      name: "Sprint 1",
      startsOn: "2027-01-04",
      endsOn: "2027-01-15",
      goal: "Ship one-step sign-up to 20% of new visitors",
      keyResultIds: [w.activation.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Sprint 1", state: "done", review: "" });
    expect(created.body.keyResults).toEqual([
      expect.objectContaining({
        id: w.activation.id,
        movement: { startValue: 4.2, endValue: 4.6, change: expect.closeTo(0.4, 6), readingsDuring: 1 },
      }),
    ]);
    const byKr = await t.call("GET", `${w.base}/sprints?keyResult=${w.activation.id}`);
    expect(byKr.body.sprints.map((s: { name: string }) => s.name)).toEqual(["Sprint 1"]);
    const otherKr = await t.call("GET", `${w.base}/sprints?keyResult=${w.churn.id}`);
    expect(otherKr.body.sprints).toEqual([]);
    const byUnit = await t.call("GET", `${w.base}/sprints?unit=${w.objective.unitId}&period=2027-Q1`);
    expect(byUnit.body.sprints).toHaveLength(1);
    const outside = await t.call("GET", `${w.base}/sprints?unit=${w.objective.unitId}&from=2027-02-01`);
    expect(outside.body.sprints).toEqual([]);
    // keyResultUnit: the sprints serving a KR of the unit's objectives, whichever unit plans them
    // (a team page's charts read this one list).
    const other = await t.buildUnit(w.org.id, { name: "Platform" });
    const planned = await t.call("POST", `${w.base}/sprints`, {
      unitId: other.id,
      name: "Platform sprint",
      startsOn: "2027-01-18",
      endsOn: "2027-01-29",
      keyResultIds: [w.activation.id],
    });
    expect(planned.status).toBe(201);
    const names = async (query: string) =>
      (await t.call("GET", `${w.base}/sprints?${query}`)).body.sprints.map((s: { name: string }) => s.name);
    expect(await names(`keyResultUnit=${w.objective.unitId}`)).toEqual(["Sprint 1", "Platform sprint"]);
    expect(await names(`keyResultUnit=${other.id}`)).toEqual([]);
  });

  it("refuses dates that end before they start (422 endsOn) and overlaps (409 startsOn), writing nothing", async () => {
    const w = await world();
    const sprint = { unitId: w.objective.unitId, name: "One", startsOn: "2027-01-04", endsOn: "2027-01-15" };
    expect((await t.call("POST", `${w.base}/sprints`, sprint)).status).toBe(201);
    const before = await snapshotOrganisation(t.db.kysely, w.org.id);
    const backwards = await t.call("POST", `${w.base}/sprints`, {
      ...sprint,
      startsOn: "2027-02-10",
      endsOn: "2027-02-01",
    });
    expectRefused(backwards, 422, { field: "endsOn", rule: "after_start" });
    const overlapping = await t.call("POST", `${w.base}/sprints`, {
      ...sprint,
      name: "Two",
      startsOn: "2027-01-15",
      endsOn: "2027-01-26",
    });
    expectRefused(overlapping, 409, { field: "startsOn", rule: "no_overlap" });
    expect(overlapping.body.error.details[0].message).toContain('"One"');
    const unknownKr = await t.call("POST", `${w.base}/sprints`, {
      ...sprint,
      startsOn: "2027-03-01",
      endsOn: "2027-03-12",
      keyResultIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(unknownKr.status).toBe(404);
    expect(await snapshotOrganisation(t.db.kysely, w.org.id)).toEqual(before);
    // Another unit may run a sprint on the same days.
    const other = await t.buildUnit(w.org.id);
    expect((await t.call("POST", `${w.base}/sprints`, { ...sprint, unitId: other.id })).status).toBe(201);
  });

  it("two racing sprints on the same days: one wins, the other is 409 (the exclusion constraint is the floor)", async () => {
    const w = await world();
    const sprint = (name: string) => ({
      unitId: w.objective.unitId,
      name,
      startsOn: "2027-03-01",
      endsOn: "2027-03-12",
    });
    const results = await Promise.all(["A", "B", "C"].map((name) => t.call("POST", `${w.base}/sprints`, sprint(name))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const lost of results.filter((r) => r.status === 409))
      expect(lost.body.error.details[0]).toMatchObject({ field: "startsOn", rule: "no_overlap" });
  });

  it("M6: the team's members manage its sprints; another unit's member and a viewer may not", async () => {
    const w = await world();
    const outsider = await t.buildMember(w.org.id);
    const viewer = await t.buildMember(w.org.id, { orgRole: "viewer" });
    const body = { unitId: w.objective.unitId, name: "S", startsOn: "2027-01-04", endsOn: "2027-01-15" };
    const refused = await t.callAs(outsider, "POST", `${w.base}/sprints`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("unit_members_sprints");
    expect((await t.callAs(viewer, "POST", `${w.base}/sprints`, body)).status).toBe(403);
    const made = await t.callAs(w.member, "POST", `${w.base}/sprints`, body);
    const path = `${w.base}/sprints/${made.body.id}`;
    expect((await t.callAs(outsider, "PATCH", path, { review: "x" })).status).toBe(403);
    expect((await t.callAs(viewer, "GET", path)).status).toBe(200);
    const reviewed = await t.callAs(w.member, "PATCH", path, {
      review: "Activation moved 0.4 points; the one-step form helped",
      keyResultIds: [w.activation.id, w.churn.id],
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.keyResults.map((k: { id: string }) => k.id).sort()).toEqual(
      [w.activation.id, w.churn.id].sort(),
    );
    expect((await t.callAs(w.member, "DELETE", path)).status).toBe(204);
    const history = await t.call("GET", `${path}/history`);
    expect(history.body.history.map((h: { action: string }) => h.action)).toEqual(["delete", "update", "create"]);
    expect(history.body.history[1]).toMatchObject({
      actorId: w.member.personId,
      after: { review: "Activation moved 0.4 points; the one-step form helped" },
    });
    expect((await t.call("GET", path)).status).toBe(404);
  });

  describe("CSV import", () => {
    const header = "name,start,end,goal,key_result";

    it("a file with one bad row: every issue by row and column, and nothing written", async () => {
      const w = await world();
      const before = await snapshotOrganisation(t.db.kysely, w.org.id);
      const csv = [
        header,
        `Sprint 1,2027-01-04,2027-01-15,"Ship sign-up, one step",Raise trial-to-paid conversion from 4% to 6%`,
        "Sprint 2,2027-01-18,2027-01-16,Fix onboarding,No such key result",
        `Sprint 3,2027-02-01,2027-02-12,Cut churn,${w.churn.id}`,
      ].join("\n");
      const path = `${w.base}/units/${w.objective.unitId}/sprints/import`;
      const preview = await send(w.member, `${path}?dryRun=true`, csv, "text/csv");
      expect(preview.status).toBe(200);
      expect(preview.body.valid).toBe(false);
      expect(preview.body.rows[0]).toMatchObject({
        goal: "Ship sign-up, one step",
        keyResultMatch: { id: w.activation.id },
        issues: [],
      });
      expect(preview.body.rows[1].issues.map((i: { column: string; rule: string }) => [i.column, i.rule])).toEqual([
        ["end", "after_start"],
        ["key_result", "exists"],
      ]);
      expect(preview.body.rows[2]).toMatchObject({ keyResultMatch: { id: w.churn.id }, issues: [] });
      const refused = await send(w.member, path, csv, "text/csv");
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.map((d: { field: string; rule: string }) => [d.field, d.rule])).toEqual([
        ["rows.1.end", "after_start"],
        ["rows.1.key_result", "exists"],
      ]);
      expect(await snapshotOrganisation(t.db.kysely, w.org.id)).toEqual(before);

      const fixed = csv.replace(
        "2027-01-18,2027-01-16,Fix onboarding,No such key result",
        "2027-01-18,2027-01-29,Fix onboarding,",
      );
      const imported = await send(w.member, path, fixed, "text/csv");
      expect(imported.status).toBe(201);
      expect(imported.body).toMatchObject({ valid: true, imported: 3 });
      const sprints = await t.call("GET", `${w.base}/sprints?unit=${w.objective.unitId}`);
      expect(sprints.body.sprints.map((s: { name: string }) => s.name)).toEqual(["Sprint 1", "Sprint 2", "Sprint 3"]);
      expect(sprints.body.sprints[1].keyResults).toEqual([]);
      // Importing the same file again overlaps every sprint: refused whole.
      const again = await send(w.member, path, fixed, "text/csv");
      expect(again.status).toBe(400);
      expect(again.body.error.details).toHaveLength(3);
      expect(again.body.error.details[0]).toMatchObject({ field: "rows.0.start", rule: "no_overlap" });
    });

    it("JSON rows go through the same checks; rows of one file may not overlap each other", async () => {
      const w = await world();
      const path = `${w.base}/units/${w.objective.unitId}/sprints/import`;
      const rows = [
        { name: "A", start: "2027-01-04", end: "2027-01-15" },
        { name: "B", start: "2027-01-15", end: "2027-01-26", key_result: "cut churn from 3% to 2%" },
      ];
      const refused = await t.callAs(w.member, "POST", path, { rows });
      expectRefused(refused, 400, { field: "rows.1.start", rule: "no_overlap" });
      const ok = await t.callAs(w.member, "POST", path, {
        rows: [rows[0], { ...rows[1], start: "2027-01-18" }],
      });
      expect(ok.status).toBe(201);
      expect(ok.body.rows[1].keyResultMatch).toEqual({ id: w.churn.id, title: "Cut churn from 3% to 2%" });
      const history = await t.call(
        "GET",
        `${w.base}/sprints/${(await t.call("GET", `${w.base}/sprints?keyResult=${w.churn.id}`)).body.sprints[0].id}/history`,
      );
      expect(history.body.history).toEqual([
        expect.objectContaining({ action: "create", reason: "imported from CSV" }),
      ]);
    });

    it.each([
      ["no header columns it knows", "sprint,from,to\nA,2027-01-04,2027-01-15", "csv.header", "columns"],
      ["a header only", header, "csv", "rows"],
      ["a row with too many cells", `${header}\nA,2027-01-04,2027-01-15,g,k,extra`, "csv.line.2", "csv"],
      ["an unclosed quote", `${header}\n"A,2027-01-04,2027-01-15,g,k`, "csv", "csv"],
    ])("an unreadable file (%s) is 400 naming where", async (_case, csv, field, rule) => {
      const w = await world();
      const res = await send(w.member, `${w.base}/units/${w.objective.unitId}/sprints/import`, csv, "text/csv");
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]).toMatchObject({
        field: expect.stringContaining(field.split(".")[0] as string),
        rule,
      });
      if (field !== "csv") expect(res.body.error.details[0].field).toBe(field);
    });

    it("other content types are refused (415), and another unit's member may not import", async () => {
      const w = await world();
      const path = `${w.base}/units/${w.objective.unitId}/sprints/import`;
      const res = await send(w.member, path, "name=A", "application/x-www-form-urlencoded");
      expect(res.status).toBe(415);
      const outsider = await t.buildMember(w.org.id);
      const refused = await send(outsider, `${path}?dryRun=true`, `${header}\nA,2027-01-04,2027-01-15,,`, "text/csv");
      expect(refused.status).toBe(403);
    });
  });

  it.each([
    ["English", englishDemo, "Onboarding"],
    ["Chinese", chineseDemo, "新用户上手组"],
  ])(
    "the %s demo's onboarding team has sprints whose goals serve its KRs",
    { timeout: 300_000 },
    async (_l, demo, unitName) => {
      const slug = `sprints-demo-${randomUUID().slice(0, 6)}`;
      const orgId = await loadDemo(t.services, slug, "demo-password", demo);
      const unit = await t.db.kysely
        .selectFrom("units")
        .select("id")
        .where("orgId", "=", orgId)
        .where("name", "=", unitName)
        .executeTakeFirstOrThrow();
      const sprints = await listSprints(t.services, systemScope(orgId), { unitId: unit.id });
      expect(sprints.length).toBeGreaterThanOrEqual(5);
      for (const sprint of sprints) {
        expect(sprint.goal).not.toBe("");
        expect(sprint.keyResults.length).toBeGreaterThan(0);
      }
      // Sprints over have their review; the running one moves its KR already.
      expect(sprints.filter((s) => s.state === "done").every((s) => s.review !== "")).toBe(true);
      expect(sprints.some((s) => s.state === "running")).toBe(true);
    },
  );
});
