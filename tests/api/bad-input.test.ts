import { Writable } from "node:stream";
import fc from "fast-check";
import pino from "pino";
import { expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { describeApi } from "../support/api-test.ts";
import { buildObjective, buildOrg, buildUnit } from "../support/factories.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";

// Issue 12, defect 6: text the database cannot store as sent (a NUL character, a lone UTF-16
// surrogate) and path or query values that are not percent-encoded UTF-8 are refused with a 400
// naming the field, before anything is written; they used to answer 500 (NUL) or be stored
// changed (a lone surrogate became U+FFFD).

const NUL = "\u0000";
const LONE = "\ud800";

/** True for text with a NUL or a surrogate that is not half of a pair. */
function unstorable(text: string): boolean {
  return text.includes(NUL) || /[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""));
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

describeApi("bad input", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function world() {
    const org = await buildOrg(t.services);
    const { objective, keyResults } = await buildObjective(t.services, org.id);
    return { org, base: `/api/v1/orgs/${org.slug}`, objective, kr: keyResults[0]?.id as string };
  }

  it("refuses a NUL character in any string with 400 naming the field, and writes nothing", async () => {
    const { org, base, objective, kr } = await world();
    const unit = await buildUnit(t.services, org.id);
    const cases: [string, string, unknown, string][] = [
      ["POST", `${base}/units`, { name: `Growth${NUL}`, kind: "team" }, "name"],
      ["PATCH", `${base}/objectives/${objective.id}`, { title: `Grow${NUL}` }, "title"],
      ["POST", `${base}/key-results/${kr}/check-ins`, { value: 5, comment: `ok${NUL}` }, "comment"],
      [
        "POST",
        `${base}/check-ins`,
        {
          checkIns: [
            { keyResultId: kr, value: 5 },
            { keyResultId: kr, value: 6, comment: `batch ${NUL}` },
          ],
        },
        "checkIns.1.comment",
      ],
      ["POST", `${base}/people`, { name: `Li${NUL}Wei`, email: "li.wei@example.test" }, "name"],
      ["POST", `${base}/key-results/${kr}/comments`, { body: `see ${NUL}` }, "body"],
      ["PATCH", `${base}/units/${unit.id}`, { name: NUL }, "name"],
    ];
    for (const [method, path, body, field] of cases) {
      const before = await snapshotOrganisation(t.db.kysely, org.id);
      const res = await t.call(method, path, body);
      expect({ path, status: res.status, details: res.body.error?.details }).toEqual({
        path,
        status: 400,
        details: [{ field, rule: "no_nul", message: "remove the NUL character (U+0000)" }],
      });
      expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    }
  });

  it("refuses a lone surrogate instead of storing it changed", async () => {
    const { base, kr } = await world();
    const res = await t.call("POST", `${base}/units`, { name: `Growth ${LONE}`, kind: "team" });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: "name", rule: "well_formed" })]);
    const paired = await t.call("POST", `${base}/key-results/${kr}/check-ins`, { value: 5, comment: "𝔤𝔯𝔬𝔳𝔢 ok" });
    expect(paired.status).toBe(201);
    expect(paired.body.checkIn.comment).toBe("𝔤𝔯𝔬𝔳𝔢 ok");
  });

  it("refuses NUL and invalid UTF-8 in query and path values with 400 naming them", async () => {
    const { base, kr } = await world();
    const cases: [string, string, string][] = [
      [`${base}/learnings?q=%00`, "q", "no_nul"],
      [`${base}/learnings?q=%FF`, "q", "utf8"],
      [`${base}/objectives?period=2027-Q1%00`, "period", "no_nul"],
      [`${base}/key-results/${kr}/check-ins?cursor=%C3%28`, "cursor", "utf8"],
      [`${base}/learnings?q=%ED%A0%80`, "q", "utf8"], // an encoded surrogate is not UTF-8
      [`${base}/units/%00`, "path", "no_nul"],
      [`${base}/units/%FF`, "path", "utf8"],
      [`${base}/learnings?%FF=1`, "query", "utf8"],
    ];
    for (const [path, field, rule] of cases) {
      const res = await t.call("GET", path);
      expect({ path, status: res.status, details: res.body.error?.details }).toEqual({
        path,
        status: 400,
        details: [expect.objectContaining({ field, rule })],
      });
    }
    expect((await t.call("GET", `${base}/learnings?q=${encodeURIComponent("访谈 a+b")}`)).status).toBe(200);
  });

  it("limits email addresses of people and invitations to 254 characters", async () => {
    const { base } = await world();
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.test`; // 255
    expect(long).toHaveLength(255);
    const person = await t.call("POST", `${base}/people`, { name: "Long", email: long });
    expect(person.status).toBe(400);
    expect(person.body.error.details).toEqual([expect.objectContaining({ field: "email", rule: "too_big" })]);
    const invitation = await t.call("POST", `${base}/invitations`, { email: long, role: "member" });
    expect(invitation.status).toBe(400);
    expect(invitation.body.error.details).toEqual([expect.objectContaining({ field: "email", rule: "too_big" })]);
    const fits = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(56)}.test`;
    expect((await t.call("POST", `${base}/people`, { name: "Fits", email: fits })).status).toBe(201);
  });

  it("never writes an invitation's token into the request log", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = createApp({ services: t.services, logger: pino({ level: "info" }, sink) });
    const secret = "s3cr3t-invitation-token-0123456789";
    await app.request(`/api/v1/auth/invitations/${secret}`);
    await app.request(`/api/v1/auth/invitations/${secret}/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await app.request(`/invite/${secret}`);
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "request");
    expect(requests.map((entry) => entry.path)).toEqual([
      "/api/v1/auth/invitations/[redacted]",
      "/api/v1/auth/invitations/[redacted]/accept",
      "/invite/[redacted]",
    ]);
    expect(lines.join("\n")).not.toContain(secret);
  });

  // Random text, NUL and lone surrogates among it, in every string field of a few writes: the
  // answer is a success or a 400, never a 500, and a refusal leaves the organisation as it was.
  it("never answers 500 to random text in the string fields of writes", { timeout: 240_000 }, async () => {
    const { org, base, objective, kr } = await world();
    const unit = await buildUnit(t.services, org.id);
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.string({ unit: fc.constantFrom("a", " ", NUL, LONE, "\udc00", "é", "😀", "\ufffd", "%"), maxLength: 12 }),
    );
    const writes: { method: string; path: string; body: (s: string[]) => unknown }[] = [
      { method: "POST", path: `${base}/units`, body: ([name]) => ({ name, kind: "team" }) },
      { method: "PATCH", path: `${base}/units/${unit.id}`, body: ([name]) => ({ name }) },
      {
        method: "PATCH",
        path: `${base}/objectives/${objective.id}`,
        // After a write the version is stale: a 409, which is as good an answer here as a 200.
        body: ([title, description, reason]) => ({ title, description, reason, version: 1 }),
      },
      { method: "POST", path: `${base}/key-results/${kr}/check-ins`, body: ([comment]) => ({ value: 5, comment }) },
      {
        method: "POST",
        path: `${base}/check-ins`,
        body: ([a, b]) => ({
          checkIns: [
            { keyResultId: kr, value: 1, comment: a },
            { keyResultId: kr, value: 2, comment: b },
          ],
        }),
      },
      {
        method: "POST",
        path: `${base}/people`,
        body: ([name, local]) => ({ name, email: `${local}@example.test` }),
      },
      {
        method: "POST",
        path: `${base}/periods`,
        body: ([name]) => ({ name, startsOn: "2030-01-01", endsOn: "2030-01-31" }),
      },
      { method: "POST", path: `${base}/strategies`, body: ([title, body]) => ({ kind: "strategy", title, body }) },
      { method: "POST", path: `${base}/objectives/${objective.id}/comments`, body: ([body]) => ({ body }) },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.array(text, { minLength: 3, maxLength: 3 }),
        async (write, strings) => {
          const body = write.body(strings);
          const before = await snapshotOrganisation(t.db.kysely, org.id);
          const res = await t.call(write.method, write.path, body);
          if (res.status >= 500 || ![200, 201, 400, 409, 422].includes(res.status)) {
            throw new Error(
              `${write.method} ${write.path} ${JSON.stringify(body)} -> ${res.status} ${JSON.stringify(res.body)}`,
            );
          }
          if (res.status >= 400) expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
          if (res.status < 400 && stringsOf(body).some(unstorable)) {
            throw new Error(`stored unstorable text: ${JSON.stringify(body)} -> ${res.status}`);
          }
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
