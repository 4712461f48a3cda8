import { gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { adminSessions, goodKeyResult, systemScope, type TestSession } from "../../../tests/support/factories.ts";
import { sessionHeaders } from "../../../tests/support/test-app.ts";
import { DEMO_ADMIN_EMAIL, loadDemo } from "../../demo/load-demo.ts";
import { groupBy } from "../../domain/group-by.ts";
import { signIn } from "../../services/accounts/sign-in.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { readTenant } from "../../services/context.ts";
import { findPeriod } from "../../services/period-lookup.ts";
import { TREE_SLICE_UNITS } from "../../services/views/okr-tree-document.ts";
import { loadScoredObjectives } from "../../services/views/period-scores.ts";
import { loadUnitIndex } from "../../services/views/unit-index.ts";

// The whole-period document (GET /tree without root or depth) is written slice by slice
// (docs/performance.md, "Memory"). Clients get the bytes they got when it was built whole: the
// reference below is that old assembly (every unit by name, the period's scored objectives
// grouped by unit, none for a private unit the caller may not read), stringified at once.

const today = new Date("2027-02-15T12:00:00Z");

// Each test loads a demo or 273 units: slow on a shared machine, so each has two minutes.
describeApi("the whole-period document, streamed (M5, S5)", { now: () => today, timeout: 120_000 }, (t) => {
  async function raw(session: TestSession, path: string, headers: Record<string, string> = {}) {
    const { createApp } = await import("../app.ts");
    const { createLogger } = await import("../../logger.ts");
    const app = createApp({ services: t.services, logger: createLogger("silent") });
    return app.request(path, { headers: { ...sessionHeaders(session), ...headers } });
  }

  /** The document as the server built it before it streamed: all rows read, then one stringify. */
  async function heldWhole(orgId: string, readsPrivate: boolean, periodRef: string): Promise<string> {
    return readTenant(t.services, orgId, async (tx) => {
      const period = await findPeriod(tx, orgId, periodRef);
      const index = await loadUnitIndex(tx, orgId);
      const byUnit = groupBy(await loadScoredObjectives(tx, orgId, period, today), (o) => o.unitId);
      const units = [...index.byId.values()].map((unit) => ({
        ...unit,
        childUnitCount: index.childCount(unit.id),
        objectives: !unit.private || readsPrivate ? (byUnit.get(unit.id) ?? []) : [],
      }));
      return JSON.stringify({ period, units });
    });
  }

  /** More units than one slice, a private one, and a cascade from the first slice into the second. */
  async function seeded() {
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id, "2027-Q1");
    const owner = await t.buildPerson(org.id);
    const company = await t.buildUnit(org.id, { name: "A company", kind: "company" });
    const secret = await t.buildUnit(org.id, { name: "B secret", parentId: company.id, private: true });
    const last = await t.buildUnit(org.id, { name: "Z last team", parentId: company.id });
    await t.services.db
      .insertInto("units")
      .values(
        Array.from({ length: TREE_SLICE_UNITS + 20 }, (_, i) => ({
          orgId: org.id,
          id: crypto.randomUUID(),
          parentId: company.id,
          name: `M team ${String(i).padStart(4, "0")}`,
          kind: "team" as const,
        })),
      )
      .execute();
    const objective = (unitId: string, title: string, parentKeyResultId: string | null = null) =>
      t.buildObjective(org.id, {
        unitId,
        periodId: period.id,
        title,
        parentKeyResultId,
        keyResults: [
          goodKeyResult({
            title: `Raise ${title} 50% to 100%`,
            metric: "m",
            baseline: 0,
            target: 100,
            ownerId: owner.id,
          }),
          goodKeyResult({ title: `Second KR of ${title}`, metric: "n", baseline: 0, target: 100 }),
        ],
      });
    const top = await objective(company.id, "Trusted partner");
    await objective(secret.id, "Quiet work", top.keyResults[0]?.id);
    const child = await objective(last.id, "Effortless workflows", top.keyResults[0]?.id);
    for (const kr of child.keyResults) await recordCheckIn(t.services, systemScope(org.id), kr.id, { value: 60 });
    const member = await t.buildMember(org.id);
    return { org, period, last, member, admin: adminSessions.get(org.slug) as TestSession };
  }

  it("answers the demo with the bytes it answered when it was built whole", async () => {
    const slug = `demo-${Math.random().toString(36).slice(2, 8)}`;
    await loadDemo(t.services, slug, "demo password for tests");
    const admin = await signIn(t.services, DEMO_ADMIN_EMAIL, "demo password for tests");
    const org = await t.services.db
      .selectFrom("organisations")
      .select("id")
      .where("slug", "=", slug)
      .executeTakeFirstOrThrow();
    const res = await raw(admin, `/api/v1/orgs/${slug}/tree?period=2027-Q1`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text).units.length).toBeGreaterThan(5);
    expect(text).toBe(await heldWhole(org.id, true, "2027-Q1"));
  });

  it("answers a seeded organisation of several slices byte for byte, per caller (S5)", async () => {
    const { org, admin, member } = await seeded();
    for (const caller of [admin, member]) {
      const res = await raw(caller, `/api/v1/orgs/${org.slug}/tree?period=2027-Q1`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toBe(await heldWhole(org.id, caller === admin, "2027-Q1"));
      const body = JSON.parse(text);
      expect(body.units).toHaveLength(TREE_SLICE_UNITS + 23);
      // The KR of the first slice names the objective cascaded from it in the last slice (M5).
      const top = body.units.find((u: { name: string }) => u.name === "A company").objectives[0];
      expect(top.keyResults[0].childObjectiveIds).toHaveLength(2);
      const secret = body.units.find((u: { name: string }) => u.name === "B secret");
      expect(secret.objectives.length).toBe(caller === admin ? 1 : 0);
    }
  });

  it("tags the document before writing it: an unchanged repeat is a 304, a change moves the tag", async () => {
    const { org, last, admin, member } = await seeded();
    const path = `/api/v1/orgs/${org.slug}/tree?period=2027-Q1`;
    const first = await raw(admin, path);
    const etag = first.headers.get("etag") as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    await first.text();
    const repeat = await raw(admin, path, { "if-none-match": etag });
    expect(repeat.status).toBe(304);
    expect(await repeat.text()).toBe("");
    // Another caller's rights are another document: the member may not read the private unit.
    const asMember = await raw(member, path, { "if-none-match": etag });
    expect(asMember.status).toBe(200);
    await asMember.text();
    // A check-in moves a KR's stored progress: the tag moves with it, and the new body follows.
    const kr = (await t.call("GET", `/api/v1/orgs/${org.slug}/units/${last.id}/okrs?period=2027-Q1`)).body.objectives[0]
      .keyResults[1];
    await recordCheckIn(t.services, systemScope(org.id), kr.id, { value: 90 });
    const changed = await raw(admin, path, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.text()).toBe(await heldWhole(org.id, true, "2027-Q1"));
  });

  it("goes out gzipped as it is written, and unzips to the same bytes", async () => {
    const { org, admin } = await seeded();
    const path = `/api/v1/orgs/${org.slug}/tree?period=2027-Q1`;
    const res = await raw(admin, path, { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("content-length")).toBeNull();
    const zipped = Buffer.from(await res.arrayBuffer());
    expect(gunzipSync(zipped).toString("utf8")).toBe(await heldWhole(org.id, true, "2027-Q1"));
  });

  it("refuses an unknown period with the same 404 before anything is written, and frees the connection", async () => {
    const { org, admin } = await seeded();
    for (let i = 0; i < 3; i++) {
      const res = await raw(admin, `/api/v1/orgs/${org.slug}/tree?period=1999-Q9`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    // Were a refused document's transaction left open, the embedded database's one connection would hang here.
    const after = await raw(admin, `/api/v1/orgs/${org.slug}/tree?period=2027-Q1`);
    expect(after.status).toBe(200);
    expect(JSON.parse(await after.text()).units).toHaveLength(TREE_SLICE_UNITS + 23);
  });
});
