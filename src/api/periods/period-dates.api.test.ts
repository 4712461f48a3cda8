import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { expectRefused } from "../../../tests/support/refusal.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";

// Issue 12, defect 7: a PATCH moved the closed 2026-Q3 and the active 2026-Q4 to the single day
// 2027-03-31 with their objectives and readings still in them. A quarter's dates follow from its
// name; a period that has run moves past its own readings only with a reason, kept in its
// history (S7). docs/period-lifecycle.md, "Dates".

describeApi("period dates", { now: "2026-12-10T12:00:00Z" }, (t) => {
  /** A period with an objective and one reading on `readOn`, taken to `status`. */
  async function periodWithReading(base: string, orgId: string, body: object, readOn: string, status: string) {
    const period = (await t.call("POST", `${base}/periods`, { ...body, status: "active" })).body;
    const { keyResults } = await t.buildObjective(orgId, { periodId: period.id });
    const reading = await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, {
      value: 5,
      checkedInAt: `${readOn}T10:00:00Z`,
    });
    expect(reading.status).toBe(201);
    if (status !== "active") {
      for (const to of ["in_review", "closed"]) {
        await t.call("POST", `${base}/periods/${period.id}/transitions`, { to });
        if (to === status) break;
      }
    }
    return period;
  }

  it("refuses to bend a closed and an active quarter to one day (400 naming the dates)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const q3 = await periodWithReading(base, org.id, { name: "2026-Q3" }, "2026-08-15", "closed");
    const q4 = await periodWithReading(base, org.id, { name: "2026-Q4" }, "2026-11-20", "active");
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    for (const period of [q3, q4]) {
      const bent = await t.call("PATCH", `${base}/periods/${period.id}`, {
        startsOn: "2027-03-31",
        endsOn: "2027-03-31",
        reason: "a reason does not change what a quarter is",
      });
      expectRefused(bent, 400, { field: "startsOn", rule: "quarter" }, { field: "endsOn", rule: "quarter" });
    }
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    // Nor is a quarter created with other dates; its own dates may be sent.
    const odd = await t.call("POST", `${base}/periods`, { name: "2027-Q1", endsOn: "2027-04-15" });
    expectRefused(odd, 400, { field: "endsOn", rule: "quarter" });
    const own = await t.call("POST", `${base}/periods`, { name: "2027-Q1", startsOn: "2027-01-01" });
    expect(own.body).toMatchObject({ startsOn: "2027-01-01", endsOn: "2027-03-31" });
    // Renamed to a quarter, a custom period takes the quarter's dates.
    const custom = await t.call("POST", `${base}/periods`, {
      name: "Spring",
      startsOn: "2027-04-10",
      endsOn: "2027-05-01",
    });
    const renamed = await t.call("PATCH", `${base}/periods/${custom.body.id}`, { name: "2027-Q2" });
    expect(renamed.body).toMatchObject({ name: "2027-Q2", startsOn: "2027-04-01", endsOn: "2027-06-30" });
  });

  it("moves a period that has run past its readings only with a reason, kept in its history (S7)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const dates = { startsOn: "2026-11-01", endsOn: "2026-12-31" };
    const winter = await periodWithReading(base, org.id, { name: "Winter push", ...dates }, "2026-11-05", "active");
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const refused = await t.call("PATCH", `${base}/periods/${winter.id}`, { startsOn: "2026-11-10" });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: "S7",
      details: [{ field: "reason", rule: "S7", message: "say why the dates move past the period's readings" }],
    });
    expect(refused.body.error.message).toContain("1 of its readings");
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    // Longer, so every reading stays inside: no reason needed.
    expect((await t.call("PATCH", `${base}/periods/${winter.id}`, { endsOn: "2027-01-15" })).status).toBe(200);
    const reason = "The push started on the 10th; the reading of the 5th was a baseline";
    const moved = await t.call("PATCH", `${base}/periods/${winter.id}`, { startsOn: "2026-11-10", reason });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsOn: "2026-11-10", endsOn: "2027-01-15" });
    const history = (await t.call("GET", `${base}/periods/${winter.id}/history`)).body.history;
    // Two edits (the test's clock stands still, so both have one time): the longer period, then the move.
    expect(history.map((h: { action: string; reason: string }) => `${h.action}:${h.reason}`).sort()).toEqual([
      "create:",
      "update:",
      `update:${reason}`,
    ]);
    expect(history.find((h: { reason: string }) => h.reason === reason)).toMatchObject({
      action: "update",
      reason,
      before: { name: "Winter push", startsOn: "2026-11-01", endsOn: "2027-01-15", status: "active" },
      after: { name: "Winter push", startsOn: "2026-11-10", endsOn: "2027-01-15", status: "active" },
      actorId: expect.any(String),
    });
  });

  it("a closed period needs the reason too; a period in planning moves freely", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const autumn = await periodWithReading(
      base,
      org.id,
      { name: "Autumn", startsOn: "2026-09-01", endsOn: "2026-10-31" },
      "2026-10-20",
      "closed",
    );
    const refused = await t.call("PATCH", `${base}/periods/${autumn.id}`, { endsOn: "2026-10-15" });
    expectRefused(refused, 422, { field: "reason", rule: "S7" });
    const planned = (
      await t.call("POST", `${base}/periods`, { name: "Later", startsOn: "2027-02-01", endsOn: "2027-02-28" })
    ).body;
    const { keyResults } = await t.buildObjective(org.id, { periodId: planned.id, status: "draft" });
    const baseline = await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, {
      value: 1,
      checkedInAt: "2026-12-01T10:00:00Z",
    });
    expect(baseline.status).toBe(201);
    expect((await t.call("PATCH", `${base}/periods/${planned.id}`, { startsOn: "2027-02-10" })).status).toBe(200);
  });
});
