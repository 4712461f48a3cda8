import { describe, expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";

// Initiatives (K7, M6): the work a team chooses to move a KR, and the coach's K7 finding turned
// into one in one step.

describeApi("initiatives API", { now: "2027-02-15T12:00:00Z" }, (t) => {
  const setup = () => t.buildTeamWithMember();
  const krIds = (kr: { id: string }[]) => kr.map((k) => k.id);

  it("lets a team member create, list, change and delete the team's initiative, each kept in the history (M6, S7)", async () => {
    const { unit, keyResults, member, base } = await setup();
    const kr = keyResults[0]?.id as string;
    const created = await t.callAs(member, "POST", `${base}/initiatives`, {
      unitId: unit.id,
      kind: "feature",
      title: "Guided first project",
      ownerId: member.personId,
      startsOn: "2027-01-10",
      endsOn: "2027-02-28",
      keyResultIds: [kr, kr],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "planned", version: 1, unitId: unit.id, ownerId: member.personId });
    expect(krIds(created.body.keyResults)).toEqual([kr]);
    const id = created.body.id;

    expect(krIds((await t.call("GET", `${base}/initiatives?unit=${unit.id}`)).body.initiatives)).toEqual([id]);
    expect(krIds((await t.call("GET", `${base}/initiatives?keyResult=${kr}`)).body.initiatives)).toEqual([id]);
    const other = keyResults[1]?.id as string;
    expect((await t.call("GET", `${base}/initiatives?keyResult=${other}`)).body.initiatives).toEqual([]);

    const changed = await t.callAs(member, "PATCH", `${base}/initiatives/${id}`, {
      status: "in_progress",
      keyResultIds: [other, kr],
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    expect(krIds(changed.body.keyResults).sort()).toEqual([kr, other].sort());

    const stale = await t.callAs(member, "PATCH", `${base}/initiatives/${id}`, { status: "done", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");

    expect((await t.callAs(member, "DELETE", `${base}/initiatives/${id}?version=2`)).status).toBe(204);
    expect((await t.call("GET", `${base}/initiatives/${id}`)).status).toBe(404);
    const history = await t.services.db
      .selectFrom("history")
      .select(["action", "after"])
      .where("entity", "=", "initiative")
      .where("entityId", "=", id)
      .orderBy("changedAt")
      .execute();
    expect(history.map((h) => h.action)).toEqual(["create", "update", "delete"]);
    expect(history[1]?.after).toMatchObject({ keyResultIds: [expect.any(String), expect.any(String)] });
  });

  it("refuses bad input naming the field and the rule, and writes nothing", async () => {
    const { org, unit, keyResults, base } = await setup();
    const kr = keyResults[0]?.id as string;
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const cases: [unknown, number, string, string][] = [
      [{ unitId: unit.id, kind: "feature", title: "x", keyResultIds: [] }, 400, "keyResultIds", "too_small"],
      [{ unitId: unit.id, kind: "epic", title: "x", keyResultIds: [kr] }, 400, "kind", "invalid_value"],
      [{ unitId: unit.id, kind: "feature", title: " ", keyResultIds: [kr] }, 400, "title", "too_small"],
      [
        {
          unitId: unit.id,
          kind: "feature",
          title: "x",
          startsOn: "2027-03-01",
          endsOn: "2027-02-01",
          keyResultIds: [kr],
        },
        400,
        "endsOn",
        "after_start",
      ],
      [
        { unitId: unit.id, kind: "feature", title: "x", keyResultIds: [kr, "6f1c1a52-1111-4222-8333-444455556666"] },
        404,
        "keyResultIds.1",
        "exists",
      ],
    ];
    for (const [body, status, field, rule] of cases) {
      const res = await t.call("POST", `${base}/initiatives`, body);
      expect({ status: res.status, details: res.body.error.details }).toMatchObject({
        status,
        details: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      });
    }
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("links only key results of a period that is not closed", async () => {
    const { org, unit, base } = await setup();
    const old = await t.call("POST", `${base}/periods`, {
      name: "2026-Q4",
      startsOn: "2026-10-01",
      endsOn: "2026-12-31",
      status: "active",
    });
    const { keyResults } = await t.buildObjective(org.id, { unitId: unit.id, periodId: old.body.id });
    for (const to of ["in_review", "closed"])
      expect((await t.call("POST", `${base}/periods/${old.body.id}/transitions`, { to })).status).toBe(200);
    const res = await t.call("POST", `${base}/initiatives`, {
      unitId: unit.id,
      kind: "project",
      title: "Too late",
      keyResultIds: [keyResults[0]?.id],
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: "period_closed", details: [{ field: "keyResultIds" }] });
  });

  it("lets another team's member and a viewer read but not write the team's initiatives (M6)", async () => {
    const { org, unit, keyResults, base } = await setup();
    const otherUnit = await t.buildUnit(org.id);
    const outsider = await t.buildMember(org.id, { units: [[otherUnit.id, "member"]] });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const body = { unitId: unit.id, kind: "project", title: "Ours", keyResultIds: [keyResults[0]?.id] };
    for (const who of [outsider, viewer]) {
      const res = await t.callAs(who, "POST", `${base}/initiatives`, body);
      expect(res.status).toBe(403);
    }
    const made = await t.call("POST", `${base}/initiatives`, body);
    expect((await t.callAs(viewer, "GET", `${base}/initiatives/${made.body.id}`)).status).toBe(200);
    expect(
      (await t.callAs(outsider, "PATCH", `${base}/initiatives/${made.body.id}`, { status: "done", version: 1 })).status,
    ).toBe(403);
  });

  describe("K7: an output KR turned into an initiative in one step", () => {
    async function withOutput() {
      const s = await setup();
      const output = await t.call("POST", `${s.base}/objectives/${s.objective.id}/key-results`, {
        ...goodKeyResult({
          title: "Launch the new onboarding flow",
          metric: "onboarding launched",
          baseline: 0,
          target: 1,
        }),
        ownerId: s.member.personId,
      });
      expect(output.status).toBe(201);
      return { ...s, output: output.body };
    }

    it("creates the initiative under a new outcome KR and removes the output KR", async () => {
      const { base, objective, output, member, unit } = await withOutput();
      const res = await t.callAs(member, "POST", `${base}/key-results/${output.id}/initiative`, {
        version: output.version,
        initiative: { kind: "feature" },
        outcome: {
          keyResult: goodKeyResult({
            title: "Raise week-1 activation from 30% to 45%",
            metric: "week-1 activation",
            baseline: 30,
            target: 45,
          }),
        },
      });
      expect(res.status).toBe(201);
      expect(res.body.initiative).toMatchObject({
        title: "Launch the new onboarding flow",
        kind: "feature",
        unitId: unit.id,
        ownerId: member.personId,
      });
      expect(res.body.outcomeKeyResult).toMatchObject({
        created: true,
        title: "Raise week-1 activation from 30% to 45%",
      });
      expect(krIds(res.body.initiative.keyResults)).toEqual([res.body.outcomeKeyResult.id]);
      const after = await t.call("GET", `${base}/objectives/${objective.id}`);
      const titles = after.body.keyResults.map((kr: { title: string }) => kr.title);
      expect(titles).toContain("Raise week-1 activation from 30% to 45%");
      expect(titles).not.toContain("Launch the new onboarding flow");
      const removed = await t.services.db
        .selectFrom("history")
        .select(["reason"])
        .where("entity", "=", "key_result")
        .where("entityId", "=", output.id)
        .where("action", "=", "delete")
        .executeTakeFirst();
      expect(removed?.reason).toMatch(/^K7/);
    });

    it("links the initiative to an outcome KR that exists", async () => {
      const { base, output, keyResults } = await withOutput();
      const outcome = keyResults[0]?.id as string;
      const res = await t.call("POST", `${base}/key-results/${output.id}/initiative`, {
        initiative: { kind: "project", title: "Onboarding rebuild" },
        outcome: { keyResultId: outcome },
      });
      expect(res.status).toBe(201);
      expect(res.body.outcomeKeyResult).toMatchObject({ id: outcome, created: false });
      expect(krIds((await t.call("GET", `${base}/initiatives?keyResult=${outcome}`)).body.initiatives)).toEqual([
        res.body.initiative.id,
      ]);
      expect((await t.call("GET", `${base}/key-results/${output.id}`)).status).toBe(404);
    });

    it("leaves everything as it was when any part is refused", async () => {
      const { org, base, output, objective, period } = await withOutput();
      const before = await snapshotOrganisation(t.db.kysely, org.id);
      const refusals: [unknown, number, string][] = [
        // The outcome KR is not a change in a metric (K7).
        [
          { initiative: { kind: "feature" }, outcome: { keyResult: { title: "Do it well" } } },
          400,
          "outcome.keyResult.metric",
        ],
        // The output cannot be its own outcome.
        [{ initiative: { kind: "feature" }, outcome: { keyResultId: output.id } }, 400, "outcome.keyResultId"],
        // A stale version of the output KR.
        [
          { version: output.version + 1, initiative: { kind: "feature" }, outcome: { keyResultId: output.id } },
          409,
          "version",
        ],
        // The initiative's dates are backwards: the new KR was already written, and is undone.
        [
          {
            initiative: { kind: "feature", startsOn: "2027-03-01", endsOn: "2027-01-01" },
            outcome: {
              keyResult: goodKeyResult({
                title: "Raise activation from 30% to 45%",
                metric: "activation",
                baseline: 30,
                target: 45,
              }),
            },
          },
          400,
          "endsOn",
        ],
      ];
      for (const [body, status, field] of refusals) {
        const res = await t.call("POST", `${base}/key-results/${output.id}/initiative`, body);
        expect({ status: res.status, fields: res.body.error.details.map((d: { field: string }) => d.field) }).toEqual({
          status,
          fields: expect.arrayContaining([field]),
        });
      }
      expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
      // M4: the only KR of an active objective cannot go, even after the initiative was created.
      const lone = await t.call("POST", `${base}/objectives`, {
        unitId: (await t.buildUnit(org.id)).id,
        periodId: period.id,
        title: "Make onboarding effortless",
        status: "active",
        keyResults: [
          goodKeyResult({ title: "Ship the onboarding wizard", metric: "wizard shipped", baseline: 0, target: 1 }),
        ],
      });
      const loneKr = lone.body.keyResults[0].id;
      const beforeLone = await snapshotOrganisation(t.db.kysely, org.id);
      const m4 = await t.call("POST", `${base}/key-results/${loneKr}/initiative`, {
        initiative: { kind: "feature" },
        outcome: { keyResultId: (await t.call("GET", `${base}/objectives/${objective.id}`)).body.keyResults[0].id },
      });
      expect(m4.status).toBe(422);
      expect(m4.body.error.code).toBe("M4");
      expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(beforeLone);
    });
  });
});
