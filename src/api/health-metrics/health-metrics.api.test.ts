import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";

// Health metrics (issue 16 point 8, docs/health-metrics.md): a unit's members manage them (M6),
// everyone reads them (S5), readings are recorded like check-ins and changed only with a reason
// (S7), and a metric whose latest reading leaves its range is an alert on the dashboard.

const fixedNow = new Date("2027-02-15T12:00:00Z");
const hoursAgo = (n: number) => new Date(fixedNow.getTime() - n * 3_600_000).toISOString();

describeApi("health metrics", { now: () => fixedNow }, (t) => {
  async function world() {
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id, { name: "Payments" });
    return { org, unit, base: `/api/v1/orgs/${org.slug}` };
  }

  it("adds a metric with a range, records readings and follows the latest one into and out of range", async () => {
    const { unit, base } = await world();
    const created = await t.call("POST", `${base}/units/${unit.id}/health-metrics`, {
      name: "Checkout uptime",
      unit: "%",
      rangeLow: 99.5,
      description: "Customers cannot pay while it is down",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Checkout uptime",
      rangeLow: 99.5,
      rangeHigh: null,
      currentValue: null,
    });
    const id = created.body.id;

    const listed = await t.call("GET", `${base}/units/${unit.id}/health-metrics`);
    expect(listed.body.healthMetrics).toMatchObject([{ id, state: "no_reading", recent: [] }]);

    const recorded = await t.call("POST", `${base}/health-metrics/${id}/readings`, {
      readings: [
        { value: 99.9, readAt: hoursAgo(48) },
        { value: 99.1, readAt: hoursAgo(1), note: "Card provider outage" },
      ],
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.healthMetric).toMatchObject({ currentValue: 99.1 });
    const got = await t.call("GET", `${base}/health-metrics/${id}`);
    expect(got.body).toMatchObject({ state: "below", recent: [{ value: 99.9 }, { value: 99.1 }] });

    // A back-dated reading does not replace the latest one.
    await t.call("POST", `${base}/health-metrics/${id}/readings`, {
      readings: [{ value: 99.7, readAt: hoursAgo(24) }],
    });
    expect((await t.call("GET", `${base}/health-metrics/${id}`)).body).toMatchObject({
      currentValue: 99.1,
      state: "below",
      recent: [{ value: 99.9 }, { value: 99.7 }, { value: 99.1 }],
    });

    // Withdrawing the latest reading (S7) puts the one before it back in charge.
    const readings = (await t.call("GET", `${base}/health-metrics/${id}/readings`)).body.readings;
    expect(readings.map((r: { value: number }) => r.value)).toEqual([99.1, 99.7, 99.9]);
    const withdrawn = await t.call("POST", `${base}/health-readings/${readings[0].id}/withdrawal`, {
      reason: "Measured on the staging gateway",
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.healthMetric).toMatchObject({ currentValue: 99.7 });
    expect((await t.call("GET", `${base}/health-metrics/${id}`)).body.state).toBe("in_range");

    // A correction needs a reason and is kept in the history.
    const corrected = await t.call("PATCH", `${base}/health-readings/${readings[1].id}`, {
      value: 99.2,
      reason: "Typo: 99.2, not 99.7",
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.reading).toMatchObject({ value: 99.2, correctionReason: "Typo: 99.2, not 99.7" });
    expect(corrected.body.healthMetric.currentValue).toBe(99.2);
    const history = (await t.call("GET", `${base}/health-metrics/${id}/history`)).body.history;
    // The test's clock stands still, so the three rows share one time: compared as a set.
    const rows = history.map(
      (h: { entity: string; action: string; reason: string }) => `${h.entity} ${h.action} ${h.reason}`,
    );
    expect(rows.sort()).toEqual([
      "health_metric create ",
      "health_reading update Measured on the staging gateway",
      "health_reading update Typo: 99.2, not 99.7",
    ]);
  });

  it("refuses a metric without a range or with its bounds reversed, naming the field, and writes nothing", async () => {
    const { org, unit, base } = await world();
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const url = `${base}/units/${unit.id}/health-metrics`;
    const noRange = await t.call("POST", url, { name: "Churn", unit: "%" });
    expect(noRange.status).toBe(400);
    expect(noRange.body.error.details).toEqual([
      { field: "rangeLow", rule: "range", message: "give a low bound, a high bound or both" },
    ]);
    const reversed = await t.call("POST", url, { name: "Churn", rangeLow: 3, rangeHigh: 1 });
    expect(reversed.body.error.details).toEqual([
      { field: "rangeHigh", rule: "range", message: "the high bound must not be below the low bound" },
    ]);
    const noName = await t.call("POST", url, { name: "  ", rangeHigh: 2 });
    expect(noName.status).toBe(400);
    expect(noName.body.error.details[0].field).toBe("name");
    const notANumber = await t.call("POST", url, { name: "Churn", rangeHigh: "two" });
    expect(notANumber.status).toBe(400);
    expect(notANumber.body.error.details[0].field).toBe("rangeHigh");
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);

    const first = await t.call("POST", url, { name: "Churn", rangeHigh: 2 });
    expect(first.status).toBe(201);
    const twin = await t.call("POST", url, { name: "Churn", rangeHigh: 3 });
    expect(twin.status).toBe(409);
    expect(twin.body.error.details).toEqual([expect.objectContaining({ field: "name", rule: "unique" })]);
    // An edit that would reverse the stored bounds is refused too.
    const edit = await t.call("PATCH", `${base}/health-metrics/${first.body.id}`, { rangeLow: 5 });
    expect(edit.status).toBe(400);
    expect(edit.body.error.details[0]).toMatchObject({ field: "rangeHigh", rule: "range" });
  });

  it("refuses a reading dated in the future or without a number, and a correction without a reason", async () => {
    const { unit, base } = await world();
    const id = (await t.call("POST", `${base}/units/${unit.id}/health-metrics`, { name: "Backlog", rangeHigh: 40 }))
      .body.id;
    const future = await t.call("POST", `${base}/health-metrics/${id}/readings`, {
      readings: [{ value: 12 }, { value: 13, readAt: "2027-03-01T00:00:00Z" }],
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([
      { field: "readings.1.readAt", rule: "not_future", message: "use the time the value was read" },
    ]);
    // All or none: the first reading was not kept either.
    expect((await t.call("GET", `${base}/health-metrics/${id}/readings`)).body.readings).toEqual([]);
    const empty = await t.call("POST", `${base}/health-metrics/${id}/readings`, { readings: [] });
    expect(empty.status).toBe(400);
    const text = await t.call("POST", `${base}/health-metrics/${id}/readings`, { readings: [{ value: "12" }] });
    expect(text.status).toBe(400);
    expect(text.body.error.details[0].field).toBe("readings.0.value");
    const reading = (await t.call("POST", `${base}/health-metrics/${id}/readings`, { readings: [{ value: 12 }] })).body
      .readings[0];
    const noReason = await t.call("PATCH", `${base}/health-readings/${reading.id}`, { value: 13 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("reason");
  });

  it("lets the unit's members manage its metrics (M6); others and viewers read them", async () => {
    const { org, unit, base } = await world();
    const other = await t.buildUnit(org.id);
    const member = await t.buildMember(org.id, { units: [[unit.id, "member"]] });
    const outsider = await t.buildMember(org.id, { units: [[other.id, "lead"]] });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const url = `${base}/units/${unit.id}/health-metrics`;
    const made = await t.callAs(member, "POST", url, { name: "p95 latency", unit: "ms", rangeHigh: 300 });
    expect(made.status).toBe(201);
    const refused = await t.callAs(outsider, "POST", url, { name: "Errors", rangeHigh: 1 });
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe("unit_members_health");
    expect((await t.callAs(viewer, "POST", url, { name: "Errors", rangeHigh: 1 })).status).toBe(403);
    expect((await t.callAs(outsider, "GET", url)).body.healthMetrics).toHaveLength(1);
    expect((await t.callAs(viewer, "GET", `${base}/health-metrics/${made.body.id}`)).status).toBe(200);
  });

  it("refuses to delete a unit that still watches health metrics (409), and deletes a metric with its readings", async () => {
    const { unit, base } = await world();
    const id = (await t.call("POST", `${base}/units/${unit.id}/health-metrics`, { name: "Cost", rangeHigh: 9 })).body
      .id;
    await t.call("POST", `${base}/health-metrics/${id}/readings`, { readings: [{ value: 8 }] });
    const unitGone = await t.call("DELETE", `${base}/units/${unit.id}`);
    expect(unitGone.status).toBe(409);
    expect(unitGone.body.error.details[0]).toMatchObject({ field: "unitId", rule: "exists" });
    expect((await t.call("DELETE", `${base}/health-metrics/${id}`)).status).toBe(204);
    expect((await t.call("GET", `${base}/health-metrics/${id}`)).status).toBe(404);
    expect((await t.call("DELETE", `${base}/units/${unit.id}`)).status).toBe(204);
  });

  it("alerts on the dashboard for a metric out of range, naming the metric and its unit, never a person (S3)", async () => {
    const { org, unit, base } = await world();
    await t.buildPeriod(org.id);
    const url = `${base}/units/${unit.id}/health-metrics`;
    const uptime = (await t.call("POST", url, { name: "Uptime", unit: "%", rangeLow: 99.5 })).body.id;
    const churn = (await t.call("POST", url, { name: "Churn", unit: "%", rangeHigh: 2 })).body.id;
    await t.call("POST", `${base}/health-metrics/${uptime}/readings`, { readings: [{ value: 99.9 }] });
    await t.call("POST", `${base}/health-metrics/${churn}/readings`, { readings: [{ value: 2.6 }] });
    const dashboard = (await t.call("GET", `${base}/dashboard?period=2027-Q1`)).body;
    expect(dashboard.totals.healthAlerts).toBe(1);
    expect(dashboard.healthAlerts).toEqual([
      {
        healthMetricId: churn,
        name: "Churn",
        unit: "%",
        unitId: unit.id,
        unitName: "Payments",
        rangeLow: null,
        rangeHigh: 2,
        currentValue: 2.6,
        lastReadingAt: fixedNow.toISOString(),
        side: "above",
      },
    ]);
  });
});
