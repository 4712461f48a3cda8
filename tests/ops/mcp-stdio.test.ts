import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/create-db.ts";
import type { TokenScope } from "../../src/domain/policies.ts";
import { actorForPerson } from "../../src/services/accounts/actor.ts";
import { createApiToken } from "../../src/services/accounts/api-tokens.ts";
import { defaultContext, type ServiceContext } from "../../src/services/context.ts";
import { upgradeDatabase } from "../../src/services/database.ts";
import { dataDirFrom } from "../support/data-dirs.ts";
import { buildTeamWithMember } from "../support/factories.ts";
import { callTool, GROVE_TOOLS } from "../support/mcp.ts";
import { snapshotOrganisation } from "../support/snapshot.ts";
import { compiledGrove, currentQuarter, runGrove } from "./grove-process.ts";

// `grove mcp` as a local assistant starts it (docs/mcp.md): a real process on an embedded data
// directory, spoken to over stdio by the official SDK's client, acting as an API token's person.

describe("grove mcp over stdio", { timeout: 180_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), "grove-mcp-"));
  // A migrated directory, copied: the test is about `grove mcp`, not a first start.
  const dataDir = dataDirFrom("migrated", join(root, "data"));
  const period = currentQuarter();
  let a: Awaited<ReturnType<typeof buildTeamWithMember>>;
  let b: Awaited<ReturnType<typeof buildTeamWithMember>>;
  let checkInsToken: string;
  let readToken: string;
  let bAsBuilt: string[];

  /** Opens the data directory in this process while no grove holds it (one process at a time). */
  async function withData<T>(work: (services: ServiceContext) => Promise<T>): Promise<T> {
    const db = await createDb({ kind: "pglite", dataDir });
    try {
      await upgradeDatabase(db.kysely);
      return await work(defaultContext(db.kysely));
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    await withData(async (services) => {
      a = await buildTeamWithMember(services, { period });
      b = await buildTeamWithMember(services, { period });
      const token = async (scope: TokenScope) => {
        const actor = await actorForPerson(services, a.org.id, a.member.personId, null);
        if (!actor) throw new Error("no member");
        return (await createApiToken(services, { orgId: a.org.id, actor }, { name: "assistant", scope })).token;
      };
      checkInsToken = await token("check_ins");
      readToken = await token("read");
      bAsBuilt = await snapshotOrganisation(services.db, b.org.id);
    });
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Runs `grove mcp` with the token, the work with a connected client, then ends the session. */
  async function session<T>(token: string, work: (client: Client) => Promise<T>): Promise<T> {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [compiledGrove(), "mcp", "--data-dir", dataDir],
      env: { ...(process.env as Record<string, string>), GROVE_TOKEN: token, LOG_LEVEL: "warn" },
      stderr: "pipe",
    });
    const client = new Client({ name: "grove-ops-test", version: "1.0.0" });
    await client.connect(transport);
    try {
      return await work(client);
    } finally {
      await client.close();
    }
  }

  it("refuses to start without a token (exit 2), and with a wrong one (exit 1)", async () => {
    const none = runGrove(["mcp", "--data-dir", dataDir], { GROVE_TOKEN: "" });
    expect(await none.exited).toBe(2);
    expect(none.output()).toContain("grove mcp acts as an API token's person: pass --token or set GROVE_TOKEN");
    const wrong = runGrove(["mcp", "--data-dir", dataDir, "--token", "grove_pat_wrong"]);
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toContain("grove mcp: the API token is not valid or has been revoked");
  });

  it("lists Grove's tools, records a check-in and reads it back, and is refused another organisation's data", async () => {
    const kr = a.keyResults[0]?.id as string;
    await session(checkInsToken, async (client) => {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(GROVE_TOOLS);
      const units = (await callTool(client, "list_units", {})).json().units;
      expect(units.map((unit: { id: string }) => unit.id)).toEqual([a.unit.id]);

      const recorded = await callTool(client, "record_check_in", { keyResultId: kr, value: 5, confidence: 0.6 });
      expect(recorded.isError).toBe(false);
      expect(recorded.json().keyResult).toEqual({ id: kr, currentValue: 5, progress: 0.5 });
      const okrs = (await callTool(client, "read_unit_okrs", { unitId: a.unit.id, period })).json();
      expect(okrs.objectives[0].keyResults[0]).toMatchObject({ id: kr, currentValue: 5, confidence: 0.6 });

      const otherUnit = await callTool(client, "read_unit_okrs", { unitId: b.unit.id, period });
      expect(otherUnit).toMatchObject({ isError: true, text: "not_found: Unit not found" });
      const otherKr = await callTool(client, "record_check_in", { keyResultId: b.keyResults[0]?.id, value: 5 });
      expect(otherKr).toMatchObject({ isError: true, text: "not_found: Key result not found" });
    });
    // The session is over and the data directory free again: B's organisation is as it was built.
    expect(await withData((services) => snapshotOrganisation(services.db, b.org.id))).toEqual(bAsBuilt);
  });

  it("refuses a check-in with a read-only token, as a tool error", async () => {
    await session(readToken, async (client) => {
      const refused = await callTool(client, "record_check_in", { keyResultId: a.keyResults[1]?.id, value: 2.5 });
      expect(refused).toMatchObject({
        isError: true,
        text: "forbidden (token_read_only): This API token may only read.",
      });
    });
  });
});
