import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg } from "../support/factories.ts";

// No lost updates: concurrent writers either land (and are found afterwards) or are told 409.
describeApi("concurrent writes", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("keeps every acknowledged check-in among many concurrent ones, and the latest as current", {
    timeout: 60_000,
  }, async () => {
    const org = await buildOrg(t.services);
    const { keyResults } = await buildObjective(t.services, org.id);
    const base = `/api/v1/orgs/${org.slug}/key-results`;
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.call("POST", `${base}/${keyResults[i % 3]?.id}/check-ins`, {
          value: i,
          checkedInAt: new Date(Date.UTC(2027, 0, 1, 0, i)).toISOString(),
        }),
      ),
    );
    const acknowledged = results.filter((r) => r.status === 201).map((r) => r.body.checkIn.value);
    expect(acknowledged).toHaveLength(60);
    for (const [k, kr] of keyResults.entries()) {
      const stored = (await t.call("GET", `${base}/${kr.id}/check-ins`)).body.checkIns.map(
        (c: { value: number }) => c.value,
      );
      expect(stored.sort((x: number, y: number) => x - y)).toEqual(
        acknowledged.filter((v) => v % 3 === k).sort((x, y) => x - y),
      );
      const current = (await t.call("GET", `${base}/${kr.id}`)).body.currentValue;
      expect(current).toBe(Math.max(...stored)); // the latest reading (highest minute) wins
    }
  });

  it("lets exactly one of many concurrent edits of the same version land; the others get 409", {
    timeout: 60_000,
  }, async () => {
    const org = await buildOrg(t.services);
    const { objective } = await buildObjective(t.services, org.id);
    const url = `/api/v1/orgs/${org.slug}/objectives/${objective.id}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.call("PATCH", url, { title: `Edit number ${i}`, version: 1 })),
    );
    const landed = results.filter((r) => r.status === 200);
    expect(landed).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(11);
    const now = (await t.call("GET", url)).body;
    expect(now.title).toBe(landed[0]?.body.title);
    expect(now.version).toBe(2);
    const history = (await t.call("GET", `${url}/history`)).body.history.filter(
      (h: { entity: string; action: string }) => h.entity === "objective" && h.action === "update",
    );
    expect(history).toHaveLength(1);
  });

  it("refuses two concurrent activations for one unit and period (M1) without a 500", { timeout: 60_000 }, async () => {
    const org = await buildOrg(t.services);
    const first = await buildObjective(t.services, org.id, { status: "draft" });
    const second = await buildObjective(t.services, org.id, {
      status: "draft",
      unitId: first.objective.unitId,
      periodId: first.objective.periodId,
    });
    const results = await Promise.all(
      [first, second].map(({ objective }) =>
        t.call("PATCH", `/api/v1/orgs/${org.slug}/objectives/${objective.id}`, { status: "active", version: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe("M1");
  });
});
