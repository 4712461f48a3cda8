import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, goodKeyResult } from "../support/factories.ts";

// Issue 13 point 2, docs/api-retries.md: an update of a versioned row says which version it was
// made from, in its body (`version`) or as the ETag of the row's read (If-Match). Without
// either it is 428; a stale one stays 409 version_conflict, as a stale `version` always was.

describeApi("updates require the version", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function setUp() {
    const org = await buildOrg(t.services);
    const { objective, keyResults } = await buildObjective(t.services, org.id);
    return { org, objective, keyResults, base: `/api/v1/orgs/${org.slug}` };
  }

  it("refuses every versioned update without version or If-Match with 428 naming both, and changes nothing", async () => {
    const { base, objective, keyResults } = await setUp();
    // The updates that take If-Match, as the OpenAPI document lists them: each one refuses.
    const document = (await t.call("GET", "/api/openapi.json")).body;
    const versioned: string[] = [];
    type Operation = { parameters?: { $ref?: string }[]; responses: Record<string, unknown> };
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const refs = (operation.parameters ?? []).map((p) => p.$ref);
        if (refs.includes("#/components/parameters/IfMatch")) versioned.push(`${method.toUpperCase()} ${path}`);
        expect(`${method} ${path} ${refs.includes("#/components/parameters/IfMatch")}`).toBe(
          `${method} ${path} ${"428" in operation.responses}`,
        );
      }
    }
    expect(versioned.sort()).toEqual([
      "PATCH /api/v1/orgs/{org}/decisions/{id}",
      "PATCH /api/v1/orgs/{org}/experiments/{id}",
      "PATCH /api/v1/orgs/{org}/initiatives/{id}",
      "PATCH /api/v1/orgs/{org}/key-results/{id}",
      "PATCH /api/v1/orgs/{org}/objectives/{id}",
      "PUT /api/v1/orgs/{org}/objectives/{id}",
    ]);
    const kr = keyResults[0]?.id;
    const initiative = await t.call("POST", `${base}/initiatives`, {
      unitId: objective.unitId,
      kind: "project",
      title: "Onboarding calls",
      keyResultIds: [kr],
    });
    expect(initiative.status).toBe(201);
    const decision = await t.call("POST", `${base}/decisions`, { objectiveId: objective.id, title: "Keep the step" });
    const experiment = await t.call("POST", `${base}/experiments`, {
      kind: "experiment",
      title: "Shorter sign-up",
      hypothesis: "We believe a shorter sign-up will raise activation, measured by week-one activation",
      keyResultId: kr,
    });
    expect([decision.status, experiment.status]).toEqual([201, 201]);
    const save = {
      title: "Renamed",
      status: "draft",
      keyResults: keyResults.map((k) => ({ ...goodKeyResult(), id: k.id })),
    };
    for (const [method, path, body] of [
      ["PATCH", `${base}/objectives/${objective.id}`, { title: "Renamed" }],
      ["PUT", `${base}/objectives/${objective.id}`, save],
      ["PATCH", `${base}/key-results/${kr}`, { title: "Renamed" }],
      ["PATCH", `${base}/initiatives/${initiative.body.id}`, { status: "done" }],
      ["PATCH", `${base}/decisions/${decision.body.id}`, { title: "Renamed" }],
      ["PATCH", `${base}/experiments/${experiment.body.id}`, { title: "Renamed" }],
    ] as const) {
      const res = await t.call(method, path, body);
      expect({ method, path, status: res.status, error: res.body.error }).toEqual({
        method,
        path,
        status: 428,
        error: {
          code: "precondition_required",
          message: "Say which version you changed: send `version` or If-Match",
          details: [
            {
              field: "version",
              rule: "required",
              message: "send the version you last read in the body, or its ETag in the If-Match header",
            },
          ],
        },
      });
    }
    const read = await t.call("GET", `${base}/objectives/${objective.id}`);
    expect([read.body.title, read.body.version]).toEqual([objective.title, 1]);
  });

  it("takes the ETag of the row's read in If-Match; a stale one is 409 version_conflict", async () => {
    const { base, objective } = await setUp();
    const url = `${base}/objectives/${objective.id}`;
    const read = await t.call("GET", url);
    const etag = read.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"v1-[\w-]+"$/);
    const edited = await t.call("PATCH", url, { title: "Edited with If-Match" }, { "if-match": etag });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    const stale = await t.call("PATCH", url, { title: "Edited again" }, { "if-match": etag });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("version_conflict");
    // A proxy that compresses may weaken the tag: Grove compares the version it names.
    const fresh = (await t.call("GET", url)).headers.get("etag") ?? "";
    expect(fresh).toMatch(/^"v2-/);
    const weak = await t.call("PATCH", url, { title: "Edited through a proxy" }, { "if-match": `W/${fresh}` });
    expect([weak.status, weak.body.version]).toEqual([200, 3]);
  });

  it("refuses an If-Match that is no ETag of Grove's, or that names another version than the body", async () => {
    const { base, objective } = await setUp();
    const url = `${base}/objectives/${objective.id}`;
    const star = await t.call("PATCH", url, { title: "Anything" }, { "if-match": "*" });
    expect([star.status, star.body.error.details[0]]).toEqual([
      400,
      { field: "If-Match", rule: "etag", message: 'send the ETag the row\'s GET returned, e.g. "v7-…"' },
    ]);
    const both = await t.call("PATCH", url, { title: "Anything", version: 1 }, { "if-match": '"v2-x"' });
    expect([both.status, both.body.error.details[0].rule]).toEqual([400, "same_version"]);
    const agree = await t.call("PATCH", url, { title: "Agreed", version: 1 }, { "if-match": '"v1-x"' });
    expect(agree.status).toBe(200);
  });

  it("keeps the 304 of a repeated read: the versioned ETag names the body too", async () => {
    const { base, objective, keyResults } = await setUp();
    const url = `${base}/objectives/${objective.id}`;
    const read = await t.call("GET", url);
    const etag = read.headers.get("etag") ?? "";
    expect((await t.call("GET", url, undefined, { "if-none-match": etag })).status).toBe(304);
    // A check-in moves the objective's progress but not its version: the read is new, not a 304.
    await t.call("POST", `${base}/key-results/${keyResults[0]?.id}/check-ins`, { value: 4 });
    const after = await t.call("GET", url, undefined, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).toMatch(/^"v1-/);
    expect(after.headers.get("etag")).not.toBe(etag);
    // A list's ETag stays a weak hash of its body.
    expect((await t.call("GET", `${base}/units`)).headers.get("etag")).toMatch(/^W\/"/);
  });
});
