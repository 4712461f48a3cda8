import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { callTool, GROVE_TOOLS } from "../../../tests/support/mcp.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import type { TokenScope } from "../../domain/policies.ts";
import { createLogger } from "../../logger.ts";
import { actorForPerson } from "../../services/accounts/actor.ts";
import { createApiToken, revokeApiToken } from "../../services/accounts/api-tokens.ts";
import { createApp } from "../app.ts";

// Grove over the Model Context Protocol at /mcp (docs/mcp.md), driven by the official SDK's
// client against the real app: the same services, roles, token scopes and tenant checks as the
// HTTP API.

const fixedNow = new Date("2027-02-15T12:00:00Z");

describeApi("MCP over Streamable HTTP", { now: () => fixedNow }, (t) => {
  let app: ReturnType<typeof createApp>;
  const clients: Client[] = [];

  beforeAll(() => {
    app = createApp({ services: t.services, logger: createLogger("silent") });
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
  });

  /** The app in process, reached through fetch as a client across the network would. */
  const inProcess = async (url: string | URL, init?: RequestInit) => app.request(url.toString(), init);

  async function tokenOf(orgId: string, personId: string, scope: TokenScope): Promise<string> {
    const actor = await actorForPerson(t.services, orgId, personId, null);
    if (!actor) throw new Error("no such person");
    return (await createApiToken(t.services, { orgId, actor }, { name: "assistant", scope })).token;
  }

  async function connect(token: string): Promise<Client> {
    const transport = new StreamableHTTPClientTransport(new URL("http://grove.test/mcp"), {
      fetch: inProcess,
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    });
    const client = new Client({ name: "grove-test", version: "1.0.0" });
    await client.connect(transport);
    clients.push(client);
    return client;
  }

  /** Two organisations: A with a team and its member's tokens, B with a team of its own. */
  async function world() {
    const a = await t.buildTeamWithMember();
    const b = await t.buildTeamWithMember();
    return {
      a,
      b,
      checkIns: await tokenOf(a.org.id, a.member.personId, "check_ins"),
      readOnly: await tokenOf(a.org.id, a.member.personId, "read"),
    };
  }

  it("answers 401 without a token or with a wrong one, before reading the body", async () => {
    const noToken = await app.request("/mcp", { method: "POST", body: "not json" });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get("www-authenticate")).toBe('Bearer realm="grove"');
    expect((await noToken.json()).error.code).toBe("unauthenticated");
    const wrong = await app.request("/mcp", {
      method: "POST",
      headers: { authorization: "Bearer grove_pat_not-a-token", "content-type": "application/json" },
      body: "{}",
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toBe("The API token is not valid or has been revoked");
  });

  it("cuts an assistant off at its next request once its token is revoked", async () => {
    const { a } = await world();
    const actor = await actorForPerson(t.services, a.org.id, a.member.personId, null);
    if (!actor) throw new Error("no such person");
    const created = await createApiToken(t.services, { orgId: a.org.id, actor }, { name: "assistant", scope: "read" });
    const client = await connect(created.token);
    expect((await callTool(client, "list_units", {})).isError).toBe(false);
    await revokeApiToken(t.services, { orgId: a.org.id, actor }, created.id);
    const refused = client.callTool({ name: "list_units", arguments: {} });
    await expect(refused).rejects.toMatchObject({ code: 401 });
    await expect(refused).rejects.toThrow("The API token is not valid or has been revoked");
  });

  it("answers a GET (no session to stream in stateless mode) with 405 and Allow: POST", async () => {
    const { checkIns } = await world();
    const res = await app.request("/mcp", { headers: { authorization: `Bearer ${checkIns}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("lists Grove's tools, each described with the method's rules", async () => {
    const { readOnly } = await world();
    const { tools } = await (await connect(readOnly)).listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(GROVE_TOOLS);
    const describe = (name: string) => tools.find((tool) => tool.name === name)?.description ?? "";
    expect(describe("read_unit_okrs")).toContain("S1");
    expect(describe("find_key_results_at_risk")).toContain("S3");
    expect(describe("review_draft_objective")).toContain("K1");
    expect(tools.find((tool) => tool.name === "record_check_in")?.inputSchema.required).toEqual([
      "keyResultId",
      "value",
    ]);
  });

  it("lists the token's organisation's units and periods, and reads a unit's OKRs with progress (S1)", async () => {
    const { a, readOnly } = await world();
    const client = await connect(readOnly);
    const units = (await callTool(client, "list_units", {})).json().units;
    expect(units).toEqual([{ id: a.unit.id, name: a.unit.name, kind: "team", parentId: null, private: false }]);
    const periods = (await callTool(client, "list_periods", {})).json().periods;
    expect(periods.map((p: { name: string }) => p.name)).toEqual(["2027-Q1"]);
    const okrs = (await callTool(client, "read_unit_okrs", { unitId: a.unit.id, period: "2027-Q1" })).json();
    expect(okrs.unit.id).toBe(a.unit.id);
    expect(okrs.objectives).toHaveLength(1);
    expect(okrs.objectives[0]).toMatchObject({ id: a.objective.id, status: "active", progress: 0 });
    expect(okrs.objectives[0].keyResults.map((kr: { id: string }) => kr.id)).toEqual(a.keyResults.map((kr) => kr.id));
    expect(okrs.objectives[0].keyResults[0]).toMatchObject({ baseline: 4, target: 6, currentValue: null });
  });

  it("records a check-in through the check-in service: the HTTP API reads it back, progress follows (S1)", async () => {
    const { a, checkIns } = await world();
    const client = await connect(checkIns);
    const kr = a.keyResults[0]?.id as string;
    const recorded = await callTool(client, "record_check_in", {
      keyResultId: kr,
      value: 5,
      confidence: 0.7,
      comment: "Onboarding emails help",
    });
    expect(recorded.isError).toBe(false);
    expect(recorded.json().keyResult).toEqual({ id: kr, currentValue: 5, progress: 0.5 });
    const history = await t.call("GET", `${a.base}/key-results/${kr}/check-ins`);
    expect(history.status).toBe(200);
    expect(history.body.checkIns).toHaveLength(1);
    expect(history.body.checkIns[0]).toMatchObject({
      id: recorded.json().checkIn.id,
      value: 5,
      confidence: 0.7,
      comment: "Onboarding emails help",
      authorId: a.member.personId,
    });
    const okrs = (await callTool(client, "read_unit_okrs", { unitId: a.unit.id, period: "2027-Q1" })).json();
    expect(okrs.objectives[0].keyResults[0]).toMatchObject({ currentValue: 5, confidence: 0.7, progress: 0.5 });
  });

  it("refuses a read-only token's check-in with a clear tool error, and writes nothing", async () => {
    const { a, readOnly } = await world();
    const before = await snapshotOrganisation(t.db.kysely, a.org.id);
    const refused = await callTool(await connect(readOnly), "record_check_in", {
      keyResultId: a.keyResults[0]?.id,
      value: 5,
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toBe("forbidden (token_read_only): This API token may only read.");
    expect(await snapshotOrganisation(t.db.kysely, a.org.id)).toEqual(before);
  });

  it("refuses another organisation's data: its unit is not found, its KR takes no check-in", async () => {
    const { b, checkIns } = await world();
    const client = await connect(checkIns);
    const before = await snapshotOrganisation(t.db.kysely, b.org.id);
    const read = await callTool(client, "read_unit_okrs", { unitId: b.unit.id, period: "2027-Q1" });
    expect(read).toMatchObject({ isError: true, text: "not_found: Unit not found" });
    const atRisk = await callTool(client, "find_key_results_at_risk", { period: "2027-Q1", unitId: b.unit.id });
    expect(atRisk.isError).toBe(true);
    expect(atRisk.text).toMatch(/^not_found: /);
    const write = await callTool(client, "record_check_in", { keyResultId: b.keyResults[0]?.id, value: 5 });
    expect(write).toMatchObject({ isError: true, text: "not_found: Key result not found" });
    expect(await snapshotOrganisation(t.db.kysely, b.org.id)).toEqual(before);
  });

  it("keeps roles: a member records no reading on a team they are not in", async () => {
    const { a } = await world();
    const outsider = await t.buildMember(a.org.id);
    const token = await tokenOf(a.org.id, outsider.personId, "check_ins");
    const refused = await callTool(await connect(token), "record_check_in", {
      keyResultId: a.keyResults[0]?.id,
      value: 5,
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toMatch(/^forbidden/);
  });

  it("finds the key results at risk as the dashboard does, naming unit and objective", async () => {
    const { a, checkIns } = await world();
    const client = await connect(checkIns);
    // Half of the period has passed (fixedNow) with the KR still at its baseline and low confidence.
    await callTool(client, "record_check_in", { keyResultId: a.keyResults[0]?.id, value: 4, confidence: 0.2 });
    const dashboard = await t.call("GET", `${a.base}/dashboard?period=2027-Q1`);
    const found = (await callTool(client, "find_key_results_at_risk", { period: "2027-Q1" })).json();
    expect(found.total).toBe(dashboard.body.totals.atRisk);
    expect(found.keyResults.map((kr: { keyResultId: string }) => kr.keyResultId)).toEqual(
      dashboard.body.atRisk.map((kr: { keyResultId: string }) => kr.keyResultId),
    );
    expect(found.keyResults).toContainEqual(
      expect.objectContaining({
        keyResultId: a.keyResults[0]?.id,
        unit: { id: a.unit.id, name: a.unit.name },
        objective: { id: a.objective.id, title: a.objective.title },
      }),
    );
  });

  it("reviews a draft objective with the coach, citing the method's rules, and stores nothing", async () => {
    const { a, readOnly } = await world();
    const before = await snapshotOrganisation(t.db.kysely, a.org.id);
    const review = await callTool(await connect(readOnly), "review_draft_objective", {
      objective: {
        title: "Become the market leader in Spain",
        keyResults: [{ title: "Total user accounts", metric: "total user accounts" }],
      },
      period: "2027-Q1",
    });
    expect(review.isError).toBe(false);
    const rules = review.json().findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["Q1", "K1", "K5", "M2"]));
    expect(await snapshotOrganisation(t.db.kysely, a.org.id)).toEqual(before);
  });

  it("refuses arguments a tool does not know, naming them", async () => {
    const { a, checkIns } = await world();
    const refused = await callTool(await connect(checkIns), "record_check_in", {
      keyResultId: a.keyResults[0]?.id,
      value: 5,
      note: "not a field",
    });
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain("note");
  });
});
