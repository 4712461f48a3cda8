import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { inTenant } from "../../src/db/tenant.ts";
import { AUDIT_CSV_COLUMNS } from "../../src/domain/audit-log.ts";
import { describeApi } from "../support/api-test.ts";
import { adminSessions, buildMember, buildOrg, buildUnit, type TestSession } from "../support/factories.ts";

// The audit log (issue 12 point 10, docs/accounts-and-access.md): admins read and export the
// organisation's administrative changes; the history under it stays append-only (S7).

type Entry = {
  id: string;
  changedAt: string;
  actorId: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string;
  entityName: string | null;
  action: string;
  reason: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

// A clock the tests move: several changes at one instant test the page boundary's tie-break,
// changes on different days test the date range.
let clock = new Date("2027-01-10T09:00:00.000Z");

describeApi("the audit log", { now: () => clock }, (t) => {
  async function newOrg() {
    const org = await buildOrg(t.services);
    const base = `/api/v1/orgs/${org.slug}`;
    const people = (await t.call("GET", `${base}/people`)).body.people as { id: string; role: string }[];
    const adminId = people.find((p) => p.role === "admin")?.id as string;
    return { org, base, adminId };
  }

  async function ok(method: string, path: string, body?: unknown) {
    const response = await t.call(method, path, body);
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  }

  /** Every entry of a query, page by page. */
  async function allEntries(base: string, query = "", limit = 500): Promise<Entry[]> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    do {
      const page = await ok("GET", `${base}/audit-log?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ""}`);
      entries.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    return entries;
  }

  it("shows a role change, a removal and a settings change, newest first, with who, what and why", async () => {
    const { org, base, adminId } = await newOrg();
    const person = await ok("POST", `${base}/people`, { name: "Ana Lima", email: "ana@example.com" });
    clock = new Date(clock.getTime() + 60_000);
    await ok("PATCH", `${base}/people/${person.id}`, { role: "viewer" });
    clock = new Date(clock.getTime() + 60_000);
    await ok("PUT", `${base}/coach/settings`, { rules: { K1: { setting: "off", reason: "Baselines come in Q3" } } });
    clock = new Date(clock.getTime() + 60_000);
    await ok("PATCH", base, { reviewCadenceWeeks: 8 });
    clock = new Date(clock.getTime() + 60_000);
    await ok("DELETE", `${base}/people/${person.id}`);

    const { entries, nextCursor } = await ok("GET", `${base}/audit-log`);
    expect(nextCursor).toBeNull();
    const [removal, settings, coach, roleChange, created] = entries as Entry[];
    expect(removal).toMatchObject({
      entityType: "person",
      entityId: person.id,
      entityName: "Ana Lima",
      action: "delete",
      actorId: adminId,
      actorName: expect.stringMatching(/^Admin /),
      before: { role: "viewer", email: "ana@example.com" },
      after: null,
    });
    expect(settings).toMatchObject({
      entityType: "organisation",
      entityId: org.id,
      action: "update",
      before: { reviewCadenceWeeks: 6 },
      after: { reviewCadenceWeeks: 8 },
    });
    expect(coach).toMatchObject({
      entityType: "coach_setting",
      entityName: "K1",
      reason: "Baselines come in Q3",
      after: { rule: "K1", setting: "off" },
    });
    expect(roleChange).toMatchObject({
      entityType: "person",
      action: "update",
      before: { role: "member" },
      after: { role: "viewer" },
    });
    expect(created).toMatchObject({ entityType: "person", action: "create" });
    const times = entries.map((e: Entry) => e.changedAt);
    expect([...times].sort().reverse()).toEqual(times);
    // OKR changes stay in each objective's own history, not in the audit log.
    expect(
      entries.every((e: Entry) => !["objective", "key_result", "check_in", "comment"].includes(e.entityType)),
    ).toBe(true);
  });

  it("filters by kind of thing, by who acted and by date range", async () => {
    clock = new Date("2027-02-01T10:00:00.000Z");
    const { org, base, adminId } = await newOrg();
    const secondAdmin = await buildMember(t.services, org.id, { orgRole: "admin" });
    await ok("POST", `${base}/units`, { name: "Payments", kind: "team" });
    clock = new Date("2027-02-02T10:00:00.000Z");
    const unit = await ok("POST", `${base}/units`, { name: "Billing", kind: "team" });
    clock = new Date("2027-02-02T10:01:00.000Z"); // (one instant's rows have no order of their own)
    const byOther = await t.callAs(secondAdmin, "PATCH", `${base}/units/${unit.id}`, { name: "Billing and tax" });
    expect(byOther.status).toBe(200);
    clock = new Date("2027-02-03T10:00:00.000Z");
    await ok("POST", `${base}/strategies`, { kind: "strategy", title: "Win on depth" });

    const units = await allEntries(base, "&entityType=unit");
    expect(units.map((e) => `${e.entityName} ${e.action}`)).toEqual([
      "Billing and tax update",
      "Billing create",
      "Payments create",
    ]);
    const others = await allEntries(base, `&actor=${secondAdmin.personId}`);
    expect(others.map((e) => `${e.entityType} ${e.action} ${e.actorId}`)).toEqual([
      `unit update ${secondAdmin.personId}`,
    ]);
    expect((await allEntries(base, `&actor=${adminId}&entityType=strategy`)).length).toBe(1);
    // A day is the whole day (UTC); an instant is exact, `to` exclusive.
    const secondDay = await allEntries(base, "&from=2027-02-02&to=2027-02-02");
    expect(secondDay.map((e) => e.entityName)).toEqual(["Billing and tax", "Billing"]);
    const fromThird = await allEntries(base, "&from=2027-02-03T00:00:00Z");
    expect(fromThird.map((e) => e.entityType)).toEqual(["strategy"]);
    const beforeSecond = await allEntries(base, "&entityType=unit&to=2027-02-02T10:00:00.000Z");
    expect(beforeSecond.map((e) => e.entityName)).toEqual(["Payments"]);
  });

  it("pages across boundaries without skipping or repeating an entry, even within one instant", async () => {
    clock = new Date("2027-03-01T10:00:00.000Z");
    const { base } = await newOrg();
    // Seven changes at the same instant, then three later: the keyset must break ties by id.
    for (let i = 0; i < 7; i++) await ok("POST", `${base}/units`, { name: `Same instant ${i}`, kind: "team" });
    for (let i = 0; i < 3; i++) {
      clock = new Date(clock.getTime() + 1000);
      await ok("POST", `${base}/units`, { name: `Later ${i}`, kind: "team" });
    }
    const everything = (await ok("GET", `${base}/audit-log?entityType=unit&limit=500`)).entries as Entry[];
    expect(everything.length).toBe(10);
    const first = await ok("GET", `${base}/audit-log?entityType=unit&limit=3`);
    expect(first.entries.length).toBe(3);
    expect(first.nextCursor).toBe(first.entries[2].id);
    const paged = await allEntries(base, "&entityType=unit", 3);
    expect(paged.map((e) => e.id)).toEqual(everything.map((e) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(10);
    // The default page is 50 and a short last page says there is no more.
    const whole = await ok("GET", `${base}/audit-log`);
    expect(whole.entries.length).toBeLessThanOrEqual(50);
    expect(whole.nextCursor).toBeNull();
  });

  it("exports every matching entry as CSV a spreadsheet opens, and as JSON, the same as the list", async () => {
    clock = new Date("2027-04-01T10:00:00.000Z");
    const { base } = await newOrg();
    // Text people type, made to trip a CSV writer: quotes, commas, line breaks, a formula, Chinese.
    await ok("POST", `${base}/units`, { name: '=HYPERLINK("http://evil.example","x")', kind: "team" });
    await ok("POST", `${base}/units`, { name: 'Sales, north\nand "east"', kind: "team" });
    await ok("POST", `${base}/units`, { name: "经营分析", kind: "team" });
    for (let i = 0; i < 3; i++) await ok("POST", `${base}/people`, { name: `@P ${i}`, email: `p${i}@example.com` });
    const listed = await allEntries(base);

    const csv = await t.call("GET", `${base}/audit-log/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-org-[a-z0-9]+-\d{4}-\d\d-\d\d\.csv"$/,
    );
    // (The test client's text() drops the UTF-8 BOM; the browser test reads the file's bytes.)
    const text = csv.body as string;
    const header = parse(text, { bom: true, to_line: 1 })[0];
    expect(header).toEqual([...AUDIT_CSV_COLUMNS]);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const guarded = (value: string | null) => (value === null ? "" : /^[=+\-@]/.test(value) ? `'${value}` : value);
    expect(rows).toEqual(
      listed.map((e) => ({
        changedAt: e.changedAt,
        actorId: e.actorId ?? "",
        actorName: guarded(e.actorName),
        entityType: e.entityType,
        entityId: e.entityId,
        entityName: guarded(e.entityName),
        action: e.action,
        reason: guarded(e.reason),
        before: e.before === null ? "" : JSON.stringify(e.before),
        after: e.after === null ? "" : JSON.stringify(e.after),
        id: e.id,
      })),
    );
    expect(rows.find((r) => r.entityName?.includes("HYPERLINK"))?.entityName).toBe(
      '\'=HYPERLINK("http://evil.example","x")',
    );

    const json = await t.call("GET", `${base}/audit-log/export?format=json&entityType=unit`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.body).toEqual(listed.filter((e) => e.entityType === "unit"));
    const none = await t.call("GET", `${base}/audit-log/export?format=json&entityType=api_token`);
    expect(none.body).toEqual([]);
    const emptyCsv = await t.call("GET", `${base}/audit-log/export?entityType=api_token`);
    expect(emptyCsv.body).toBe(`${AUDIT_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("exports more than one internal page (500) in order, with nothing lost", { timeout: 120_000 }, async () => {
    clock = new Date("2027-05-01T10:00:00.000Z");
    const { org, base } = await newOrg();
    // 520 unit rows written straight into the history (as the services would, one instant).
    await inTenant(t.db.kysely, org.id, (tx) =>
      tx
        .insertInto("history")
        .values(
          Array.from({ length: 520 }, (_, i) => ({
            orgId: org.id,
            id: randomUUID(),
            entity: "unit" as const,
            entityId: randomUUID(),
            action: "create" as const,
            actorId: null,
            reason: "",
            before: null,
            after: JSON.stringify({ name: `Bulk ${i}` }),
            changedAt: new Date(clock.getTime() + (i % 5) * 1000),
          })),
        )
        .execute(),
    );
    const listed = await allEntries(base, "&entityType=unit", 200);
    expect(listed.length).toBe(520);
    const json = await t.call("GET", `${base}/audit-log/export?format=json&entityType=unit`);
    expect((json.body as Entry[]).map((e) => e.id)).toEqual(listed.map((e) => e.id));
  });

  it("never shows an invitation's or API token's secret", async () => {
    const { base } = await newOrg();
    const invitation = await ok("POST", `${base}/invitations`, { email: "li@example.com", role: "member" });
    const token = await ok("POST", `${base}/api-tokens`, { name: "CI", scope: "read" });
    const log = await t.call("GET", `${base}/audit-log/export?format=json`);
    const text = JSON.stringify(log.body);
    expect(log.body.map((e: Entry) => e.entityType)).toEqual(expect.arrayContaining(["invitation", "api_token"]));
    expect(text).not.toContain(invitation.token);
    expect(text).not.toContain(token.token);
    expect(text).not.toMatch(/tokenHash|secret/i);
  });

  it("shows who added, changed, re-keyed and deleted a webhook, with its address shortened and never its secret", async () => {
    const { base, adminId } = await newOrg();
    const url = "https://hooks.slack.com/services/T000/B000/very-secret-path";
    const slack = await ok("POST", `${base}/webhooks`, {
      name: "Team channel",
      kind: "slack",
      url,
      events: ["check_in.recorded"],
    });
    const later = () => {
      clock = new Date(clock.getTime() + 60_000);
    };
    later();
    const generic = await ok("POST", `${base}/webhooks`, {
      name: "Data lake",
      kind: "generic",
      url: "https://lake.example.com/grove",
      events: ["check_in.recorded"],
    });
    later();
    await ok("PATCH", `${base}/webhooks/${slack.id}`, { active: false });
    later();
    const rolled = await ok("POST", `${base}/webhooks/${generic.id}/secret`);
    later();
    await ok("DELETE", `${base}/webhooks/${slack.id}`);

    const entries = await allEntries(base, "&entityType=webhook");
    expect(entries.map((e) => [e.entityName, e.action, e.actorId])).toEqual([
      ["Team channel", "delete", adminId],
      ["Data lake", "update", adminId],
      ["Team channel", "update", adminId],
      ["Data lake", "create", adminId],
      ["Team channel", "create", adminId],
    ]);
    expect(entries[1]?.after).toMatchObject({ secretRolled: true });
    expect(entries[2]?.before).toMatchObject({ active: true });
    expect(entries[2]?.after).toMatchObject({ active: false });
    const text = JSON.stringify(entries);
    expect(text).not.toContain("very-secret-path");
    expect(text).not.toContain(generic.secret);
    expect(text).not.toContain(rolled.secret);
  });

  it("is for admins only: a member, a viewer and an admin's read token get 403 with the reason", async () => {
    const { org, base } = await newOrg();
    const unit = await buildUnit(t.services, org.id);
    const member = await buildMember(t.services, org.id, { units: [[unit.id, "lead"]] });
    const viewer = await buildMember(t.services, org.id, { orgRole: "viewer" });
    const readToken = await ok("POST", `${base}/api-tokens`, { name: "read", scope: "read" });
    for (const who of [member, viewer, `Bearer ${readToken.token}`] as (TestSession | string)[]) {
      for (const path of ["/audit-log", "/audit-log/export", "/audit-log/export?format=json"]) {
        const response = await t.callAs(who, "GET", `${base}${path}`);
        expect(response.status, path).toBe(403);
        expect(["admin_only", "viewer_read_only", "token_read_only"]).toContain(response.body.error.reason);
        expect(response.body.error.message.length).toBeGreaterThan(10);
      }
    }
    expect((await t.callAs(member, "GET", `${base}/audit-log`)).body.error.reason).toBe("admin_only");
    expect((await t.callAs(null, "GET", `${base}/audit-log`)).status).toBe(401);
  });

  it("refuses bad query values with 400 naming the parameter", async () => {
    const { base } = await newOrg();
    const cases: [string, string][] = [
      ["entityType=objective", "entityType"],
      ["entityType=", "entityType"],
      ["actor=someone", "actor"],
      ["from=yesterday", "from"],
      ["to=2027-02-30", "to"],
      ["from=2027-03-02&to=2027-03-01", "to"],
      ["limit=0", "limit"],
      ["limit=501", "limit"],
      ["limit=ten", "limit"],
      ["cursor=abc", "cursor"],
      ["cursor=6f1c1a52-1111-4222-8333-444455556666", "cursor"],
    ];
    for (const [query, field] of cases) {
      const response = await t.call("GET", `${base}/audit-log?${query}`);
      expect(response.status, query).toBe(400);
      expect(
        response.body.error.details.map((d: { field: string }) => d.field),
        query,
      ).toContain(field);
    }
    const badFormat = await t.call("GET", `${base}/audit-log/export?format=xlsx`);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.details[0].field).toBe("format");
    const badRange = await t.call("GET", `${base}/audit-log/export?from=2027-03-02&to=2027-03-01`);
    expect(badRange.status).toBe(400);
    expect(badRange.body.error.details[0].field).toBe("to");
  });

  it("keeps organisations apart: no entry, filter or cursor reaches another one", async () => {
    const a = await newOrg();
    const b = await newOrg();
    await ok("POST", `${b.base}/units`, { name: "B's unit", kind: "team" });
    const bEntries = await allEntries(b.base);
    const asA = adminSessions.get(a.org.slug) as TestSession;
    // B's slug: A is not a member, so B does not exist for A.
    for (const path of ["/audit-log", "/audit-log/export", "/audit-log/export?format=json"]) {
      expect((await t.callAs(asA, "GET", `${b.base}${path}`)).status).toBe(404);
    }
    // B's admin as a filter, B's row as a cursor: nothing of B.
    const filtered = await t.callAs(asA, "GET", `${a.base}/audit-log?actor=${b.adminId}`);
    expect(filtered.body.entries).toEqual([]);
    const cursor = await t.callAs(asA, "GET", `${a.base}/audit-log?cursor=${bEntries[0]?.id}`);
    expect(cursor.status).toBe(400);
    const exported = await t.callAs(asA, "GET", `${a.base}/audit-log/export?format=json`);
    const ids = new Set(bEntries.map((e) => e.id));
    expect((exported.body as Entry[]).some((e) => ids.has(e.id))).toBe(false);
  });

  it("is append-only: no endpoint changes it, and the app's database role cannot update or delete history", async () => {
    const { org, base } = await newOrg();
    await ok("POST", `${base}/units`, { name: "Kept", kind: "team" });
    const doc = (await t.call("GET", "/api/openapi.json")).body;
    const auditPaths = Object.entries(doc.paths as Record<string, object>).filter(([path]) => path.includes("audit"));
    expect(auditPaths.flatMap(([, methods]) => Object.keys(methods))).toEqual(["get", "get"]);
    for (const method of ["PATCH", "PUT", "DELETE", "POST"]) {
      const refused = await t.call(method, `${base}/audit-log`, method === "DELETE" ? undefined : {});
      expect([refused.status, refused.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    }

    const privileges = await sql<{ update: boolean; delete: boolean; truncate: boolean }>`
      select has_table_privilege('grove_app', 'history', 'UPDATE') as update,
             has_table_privilege('grove_app', 'history', 'DELETE') as delete,
             has_table_privilege('grove_app', 'history', 'TRUNCATE') as truncate`.execute(t.db.kysely);
    expect(privileges.rows[0]).toEqual({ update: false, delete: false, truncate: false });
    // As the app runs (grove_app, tenant set): refused.
    await expect(
      inTenant(t.db.kysely, org.id, (tx) =>
        tx.updateTable("history").set({ reason: "rewritten" }).where("orgId", "=", org.id).execute(),
      ),
    ).rejects.toThrow(/permission denied|append-only/);
    await expect(
      inTenant(t.db.kysely, org.id, (tx) => tx.deleteFrom("history").where("orgId", "=", org.id).execute()),
    ).rejects.toThrow(/permission denied|append-only/);
    // Even the owner role (migrations, the CLI) is refused by the trigger.
    await expect(
      t.db.kysely.updateTable("history").set({ reason: "rewritten" }).where("orgId", "=", org.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.deleteFrom("history").where("orgId", "=", org.id).execute()).rejects.toThrow(
      /append-only/,
    );
    const entries = await allEntries(base);
    expect(entries.some((e) => e.reason === "rewritten")).toBe(false);
    expect(entries.find((e) => e.entityName === "Kept")).toBeDefined();
  });
});
