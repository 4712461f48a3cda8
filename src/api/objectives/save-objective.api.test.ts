import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, type TestSession } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { type DraftKeyResult, draftKeyResultOf } from "../../domain/coach/index.ts";

// The edit form saves an objective and its whole list of KRs in one request and one transaction.
describeApi("saving an objective with its key results", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function setup() {
    const org = await t.buildOrg();
    const built = await t.buildObjective(org.id);
    const url = `/api/v1/orgs/${org.slug}/objectives/${built.objective.id}`;
    const current = (await t.call("GET", url)).body;
    return { org, url, current, ...built };
  }

  /** The body the form sends: the objective as it is, with every KR by id. */
  type SentKeyResult = DraftKeyResult & { id: string; version: number };
  function formOf(current: { title: string; status: string; version: number; keyResults: SentKeyResult[] }) {
    return {
      title: current.title,
      status: current.status,
      version: current.version,
      keyResults: current.keyResults.map((kr) => ({ id: kr.id, version: kr.version, ...draftKeyResultOf(kr) })),
    };
  }

  it("updates, adds, reorders and removes key results together, with history for each", async () => {
    const { url, current } = await setup();
    const form = formOf(current);
    const [first, second] = form.keyResults;
    const body = {
      ...form,
      title: "Help teams plan with confidence",
      keyResults: [
        { ...second, title: "Cut churn from 3% to 2.5%" },
        first,
        goodKeyResult({
          title: "Raise weekly planners from 40% to 55%",
          metric: "weekly planners",
          baseline: 40,
          target: 55,
        }),
      ],
    };
    const res = await t.call("PUT", url, body);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe("Help teams plan with confidence");
    expect(res.body.keyResults.map((kr: { title: string; position: number }) => [kr.position, kr.title])).toEqual([
      [0, "Cut churn from 3% to 2.5%"],
      [1, first?.title],
      [2, "Raise weekly planners from 40% to 55%"],
    ]);
    const history = (await t.call("GET", `${url}/history`)).body.history;
    const created = ["objective:create", "key_result:create", "key_result:create", "key_result:create"];
    const saved = [
      "objective:update",
      "key_result:update",
      "key_result:update",
      "key_result:create",
      "key_result:delete",
    ];
    expect(history.map((h: { entity: string; action: string }) => `${h.entity}:${h.action}`).sort()).toEqual(
      [...created, ...saved].sort(),
    );
  });

  it("writes nothing when one part is refused (K1 on a new KR)", async () => {
    const { org, url, current } = await setup();
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const form = formOf(current);
    const res = await t.call("PUT", url, {
      ...form,
      title: "Renamed",
      keyResults: [...form.keyResults, { title: "Improve things" }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("K1");
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("asks for a reason when an active KR's target moves (S7)", async () => {
    const { url, current } = await setup();
    const form = formOf(current);
    const moved = { ...form, keyResults: [{ ...form.keyResults[0], target: 7 }, ...form.keyResults.slice(1)] };
    const refused = await t.call("PUT", url, moved);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ field: "reason", rule: "S7" })]);
    const saved = await t.call("PUT", url, { ...moved, reason: "Trials convert better than we thought" });
    expect(saved.status).toBe(200);
    expect(saved.body.keyResults[0].target).toBe(7);
  });

  it("refuses a stale version with the current state", async () => {
    const { url, current } = await setup();
    const form = formOf(current);
    expect((await t.call("PUT", url, { ...form, title: "First edit" })).status).toBe(200);
    const stale = await t.call("PUT", url, { ...form, title: "Second edit" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ title: "First edit" });
  });

  it("lets a unit member change key results but not the objective itself (M3)", async () => {
    const { org, url, current, objective } = await setup();
    const member: TestSession = await t.buildMember(org.id, { units: [[objective.unitId, "member"]] });
    const form = formOf(current);
    const krOnly = {
      ...form,
      keyResults: [
        { ...form.keyResults[0], title: "Raise trial-to-paid conversion from 4 to 6 percent" },
        ...form.keyResults.slice(1),
      ],
    };
    expect((await t.callAs(member, "PUT", url, krOnly)).status).toBe(200);
    const latest = formOf((await t.call("GET", url)).body);
    const retitled = await t.callAs(member, "PUT", url, { ...latest, title: "A member's objective" });
    expect(retitled.status).toBe(403);
    expect(retitled.body.error.message).toBe("Only the unit's lead sets its objective (M3); ask them, or an admin.");
  });

  it("keeps the fields of a kept key result that the request leaves out", async () => {
    const { url, current } = await setup();
    const krId = current.keyResults[0].id;
    const weighted = await t.call("PATCH", url.replace(/objectives\/.*/, `key-results/${krId}`), {
      weight: 3,
      version: current.keyResults[0].version,
    });
    expect(weighted.status).toBe(200);
    const latest = (await t.call("GET", url)).body;
    const minimal = {
      title: latest.title,
      status: latest.status,
      version: latest.version,
      keyResults: latest.keyResults.map((kr: { id: string; title: string }) => ({ id: kr.id, title: kr.title })),
    };
    const res = await t.call("PUT", url, minimal);
    expect(res.status).toBe(200);
    expect(res.body.keyResults[0]).toMatchObject({ weight: 3, baseline: 4, target: 6, metric: "trial conversion" });
  });

  it("refuses a key result of another objective", async () => {
    const { org, url, current } = await setup();
    const other = await t.buildObjective(org.id);
    const form = formOf(current);
    const res = await t.call("PUT", url, {
      ...form,
      keyResults: [{ ...form.keyResults[0], id: other.keyResults[0]?.id }],
    });
    expect(res.status).toBe(404);
    expect(res.body.error.details[0].field).toBe("keyResults.0.id");
  });

  it("moves a KR's stored forecast when the form changes its target (pace, issue 10)", async () => {
    const { url, current, keyResults, org } = await setup();
    const kr = keyResults[0]?.id as string;
    for (const [value, at] of [
      [4.5, "2027-01-20T09:00:00Z"],
      [5, "2027-02-10T09:00:00Z"],
    ] as const) {
      await t.call("POST", `/api/v1/orgs/${org.slug}/key-results/${kr}/check-ins`, { value, checkedInAt: at });
    }
    const before = (await t.call("GET", `/api/v1/orgs/${org.slug}/key-results/${kr}`)).body;
    const fresh = (await t.call("GET", url)).body;
    const form = formOf(fresh);
    const [first, ...rest] = form.keyResults;
    const res = await t.call("PUT", url, {
      ...form,
      reason: "the first weeks showed 6 % is within reach",
      keyResults: [{ ...first, target: 8 }, ...rest],
    });
    expect(res.status).toBe(200);
    const after = (await t.call("GET", `/api/v1/orgs/${org.slug}/key-results/${kr}`)).body;
    expect(after.forecast.value).toBeCloseTo(before.forecast.value, 12);
    expect(after.forecast.progress).toBeCloseTo((before.forecast.value - 4) / (8 - 4), 12);
    expect(current.keyResults[0].forecast).toBeNull();
  });
});
