import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult } from "../../../tests/support/factories.ts";
import { walkPages } from "../../../tests/support/walk.ts";
import { inTenant } from "../../db/tenant.ts";

// Paging and sync (issue 13, point 3; docs/api.md, "Paging and sync"): every list takes `limit`
// and `cursor` and answers `nextCursor` with a Link header; the polled lists take `updatedSince`;
// an unknown query parameter, a bad cursor or a bad limit is a 400 naming it.

let clock = new Date("2027-02-15T12:00:00.000Z");
const tick = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
  return clock;
};

// biome-ignore lint/suspicious/noExplicitAny: walks the OpenAPI document
type Json = any;

describeApi("paging and sync", { now: () => clock }, (t) => {
  const walk = (path: string, key: string, between?: (page: number) => Promise<void>) =>
    walkPages((p) => t.call("GET", p), path, key, between);

  it("gives every list of the document limit, cursor, nextCursor and a Link header, with no exception", async () => {
    const doc: Json = (await t.call("GET", "/api/openapi.json")).body;
    const missing: string[] = [];
    let lists = 0;
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Json>)) {
      const op = methods.get;
      if (!op || !/^list[A-Z]|History$/.test(op.operationId)) continue;
      lists++;
      const query = new Set((op.parameters ?? []).filter((p: Json) => p.in === "query").map((p: Json) => p.name));
      const ok = op.responses["200"];
      const answer = ok.content["application/json"].schema;
      const named = answer.$ref ? doc.components.schemas[answer.$ref.split("/").pop()] : answer;
      const schema = JSON.stringify(named);
      const paged =
        query.has("limit") && query.has("cursor") && schema.includes("NextCursor") && ok.headers?.Link !== undefined;
      if (!paged) missing.push(`${op.operationId} ${path}`);
    }
    expect(missing).toEqual([]);
    expect(lists).toBeGreaterThan(35);
  });

  it("walks a list its service reads whole page by page, each unit once, in the service's order", async () => {
    const { org: o, base } = await t.org();
    for (let i = 0; i < 7; i++) await t.buildUnit(o.id, { name: `Unit ${i}` });
    const whole = await t.call("GET", `${base}/units?limit=1000`);
    expect(whole.body.nextCursor).toBeNull();
    const { rows, pages } = await walk(`${base}/units?limit=3`, "units");
    expect(rows.map((u: Json) => u.id)).toEqual(whole.body.units.map((u: Json) => u.id));
    expect(pages).toBe(Math.ceil(whole.body.units.length / 3));
  });

  it("walks 10,000 check-ins while readings are recorded, corrected and withdrawn: none missed, none repeated", {
    timeout: 120_000,
  }, async () => {
    const { org: o, base } = await t.org();
    const { keyResults } = await t.buildObjective(o.id);
    const [kr, otherKr] = keyResults.map((k) => k.id) as [string, string];
    // Bulk, in SQL: creation times to the microsecond, with ties every other row (the id breaks them).
    await inTenant(t.db.kysely, o.id, (tx) =>
      sql`insert into check_ins (org_id, id, key_result_id, value, checked_in_at, created_at)
          select ${o.id}::uuid, gen_random_uuid(), case when g % 2 = 0 then ${kr}::uuid else ${otherKr}::uuid end, g,
                 ${clock}::timestamptz - g * interval '1 minute',
                 ${clock}::timestamptz - (g / 2) * interval '7 microseconds'
          from generate_series(1, 10000) g`.execute(tx),
    );
    const existing = await inTenant(t.db.kysely, o.id, (tx) =>
      tx.selectFrom("checkIns").select("id").where("orgId", "=", o.id).execute(),
    );
    expect(existing).toHaveLength(10_000);
    const seenFirst: string[] = [];
    let changed = 0;
    const { rows, pages } = await walk(`${base}/check-ins?limit=900`, "checkIns", async (page) => {
      seenFirst.length = 0;
      tick(1000);
      // New readings, and readings on both sides of the walk's position corrected (their time
      // moved) and withdrawn.
      const batch = Array.from({ length: 20 }, (_, i) => ({ keyResultId: kr, value: page * 100 + i }));
      expect((await t.call("POST", `${base}/check-ins`, { checkIns: batch })).status).toBe(201);
      for (const index of [page * 450, 9999 - page * 450]) {
        const id = existing[index]?.id as string;
        const corrected = await t.call("PATCH", `${base}/check-ins/${id}`, {
          reason: "typo",
          value: -page,
          checkedInAt: clock.toISOString(),
        });
        expect(corrected.status).toBe(200);
        changed++;
      }
      const withdrawn = await t.call("POST", `${base}/check-ins/${existing[page * 700]?.id}/withdrawal`, {
        reason: "duplicate",
      });
      expect(withdrawn.status).toBe(200);
    });
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(changed).toBeGreaterThan(0);
    const ids = rows.map((r: Json) => r.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Set(ids);
    expect(existing.filter(({ id }) => !seen.has(id))).toEqual([]);
  });

  it("answers updatedSince with the rows changed at or after it: objectives, key results, check-ins", async () => {
    const { org: o, base } = await t.org();
    const first = await t.buildObjective(o.id, { status: "draft" });
    const second = await t.buildObjective(o.id, { status: "draft", periodId: first.objective.periodId });
    const kr = second.keyResults[0]?.id as string;
    const reading = await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 3 });
    expect(reading.status).toBe(201);
    const since = tick(60_000).toISOString();
    tick(1000);
    const edited = await t.call("PATCH", `${base}/objectives/${first.objective.id}`, {
      title: "Delight every new team in its first week",
      version: first.objective.version,
    });
    expect(edited.status).toBe(200);
    const krEdited = await t.call("PATCH", `${base}/key-results/${kr}`, { title: "Weekly teams: 40", version: 1 });
    expect(krEdited.status).toBe(200);
    const corrected = await t.call("PATCH", `${base}/check-ins/${reading.body.checkIn?.id ?? reading.body.id}`, {
      reason: "misread",
      value: 4,
    });
    expect(corrected.status).toBe(200);
    const q = `updatedSince=${encodeURIComponent(since)}`;
    const objectives = await t.call("GET", `${base}/objectives?${q}`);
    expect(objectives.body.objectives.map((x: Json) => x.id)).toEqual([first.objective.id]);
    const krs = await t.call("GET", `${base}/key-results?${q}`);
    expect(krs.body.keyResults.map((x: Json) => x.id)).toEqual([kr]);
    const checkIns = await t.call("GET", `${base}/check-ins?${q}`);
    expect(checkIns.body.checkIns.map((x: Json) => x.value)).toEqual([4]);
    const timeline = await t.call("GET", `${base}/key-results/${kr}/check-ins?${q}`);
    expect(timeline.body.checkIns.map((x: Json) => x.value)).toEqual([4]);
    const all = await t.call("GET", `${base}/objectives`);
    expect(all.body.objectives).toHaveLength(2);
  });

  it("pages objectives and key results by creation, with a Link to the next page", async () => {
    const { org: o, base } = await t.org();
    const made = [];
    for (let i = 0; i < 5; i++) {
      tick(1000);
      made.push(await t.buildObjective(o.id, { status: "draft", keyResults: [goodKeyResult()] }));
    }
    const objectives = await walk(`${base}/objectives?limit=2`, "objectives");
    expect(objectives.rows.map((x: Json) => x.id)).toEqual(made.map((m) => m.objective.id));
    expect(objectives.pages).toBe(3);
    const krs = await walk(`${base}/key-results?limit=2`, "keyResults");
    expect(krs.rows.map((x: Json) => x.id)).toEqual(made.map((m) => m.keyResults[0]?.id));
    const one = await t.call("GET", `${base}/key-results?objectiveId=${made[2]?.objective.id}`);
    expect(one.body.keyResults.map((x: Json) => x.id)).toEqual([made[2]?.keyResults[0]?.id]);
  });

  it("narrows each polled list by its own filters and by its objective's period and unit", async () => {
    const { org: o, base } = await t.org();
    tick(1000);
    const a = await t.buildObjective(o.id, { status: "draft" });
    tick(1000);
    const b = await t.buildObjective(o.id, { unitId: a.objective.unitId });
    tick(1000);
    const q2 = await t.buildPeriod(o.id, "2027-Q2");
    const c = await t.buildObjective(o.id, { status: "draft", periodId: q2.id });
    const readings = [];
    for (const kr of [a.keyResults[0], c.keyResults[0]]) {
      tick(1000);
      const reading = await t.call("POST", `${base}/key-results/${kr?.id}/check-ins`, { value: 3 });
      expect(reading.status).toBe(201);
      readings.push(reading.body.checkIn?.id ?? reading.body.id);
    }
    const ids = async (path: string, key: string) =>
      (await t.call("GET", `${base}/${path}`)).body[key].map((x: Json) => x.id);
    const q1 = a.objective.periodId;
    const unitA = a.objective.unitId;
    expect(await ids("objectives?status=active", "objectives")).toEqual([b.objective.id]);
    expect(await ids(`objectives?status=draft&periodId=${q1}`, "objectives")).toEqual([a.objective.id]);
    expect(await ids(`objectives?unitId=${unitA}&periodId=${q1}`, "objectives")).toEqual([
      a.objective.id,
      b.objective.id,
    ]);
    expect(await ids(`objectives?parentKeyResultId=${b.keyResults[0]?.id}`, "objectives")).toEqual([]);
    // One objective's key results are created at one time, so the keyset orders them by id.
    expect(await ids(`key-results?unitId=${c.objective.unitId}&periodId=${q2.id}`, "keyResults")).toEqual(
      c.keyResults.map((kr) => kr.id).sort(),
    );
    expect(await ids(`key-results?objectiveId=${b.objective.id}&unitId=${c.objective.unitId}`, "keyResults")).toEqual(
      [],
    );
    expect(await ids(`check-ins?keyResultId=${a.keyResults[0]?.id}`, "checkIns")).toEqual([readings[0]]);
    expect(await ids(`check-ins?unitId=${c.objective.unitId}`, "checkIns")).toEqual([readings[1]]);
    expect(await ids(`check-ins?periodId=${q1}`, "checkIns")).toEqual([readings[0]]);
    expect(await ids(`check-ins?periodId=${q2.id}&unitId=${unitA}`, "checkIns")).toEqual([]);
  });

  it("refuses an unknown query parameter with a 400 naming it, on any operation", async () => {
    const { base } = await t.org();
    for (const path of [`${base}/objectives?updatedSnce=2027-01-01T00:00:00Z`, `${base}?updatedSnce=1`]) {
      const res = await t.call("GET", path);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        { field: "updatedSnce", rule: "unknown_parameter", message: "this operation takes no such parameter" },
      ]);
    }
    const anonymous = await t.callAs(null, "GET", "/api/v1/auth/sign-up-mode?mode=x");
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.error.details[0].field).toBe("mode");
  });

  it("refuses a bad cursor, limit or updatedSince with a 400 naming the field, never a 500", async () => {
    const { base } = await t.org();
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const cases: [string, string][] = [
      [`${base}/check-ins?cursor=garbage`, "cursor"],
      [
        `${base}/objectives?cursor=${b64(["2027-02-31T00:00:00.000000Z", "0b7f3c9e-4a51-4a8e-9d43-3f6a2c1d5e7f"])}`,
        "cursor",
      ],
      [`${base}/key-results?cursor=${b64(["2027-02-01T00:00:00.000000Z", "not-a-uuid"])}`, "cursor"],
      [`${base}/key-results?cursor=${b64({ at: 1 })}`, "cursor"],
      [`${base}/units?cursor=${b64(["x", 0])}`, "cursor"],
      [`${base}/units?cursor=%E2%9C%93`, "cursor"],
      [`${base}/units?limit=0`, "limit"],
      [`${base}/objectives?limit=1001`, "limit"],
      [`${base}/people?limit=ten`, "limit"],
      [`${base}/objectives?updatedSince=yesterday`, "updatedSince"],
    ];
    for (const [path, field] of cases) {
      const res = await t.call("GET", path);
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.error.details.map((d: Json) => d.field)).toEqual([field]);
    }
  });
});
