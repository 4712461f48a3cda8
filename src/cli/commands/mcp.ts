import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { Command } from "commander";
import { createGroveMcpServer } from "../../api/mcp/tools.ts";
import { scopeOfApiToken } from "../../services/accounts/token-scope.ts";
import { defaultContext } from "../../services/context.ts";
import { UsageError } from "../../usage-error.ts";
import { type DataDirFlags, dataCommand } from "../data-command.ts";
import { withDatabase } from "../open-database.ts";
import { stderr } from "../print.ts";

interface McpFlags extends DataDirFlags {
  token?: string;
}

/**
 * `grove mcp --token grove_pat_...`: Grove's tools for a local AI assistant over the Model
 * Context Protocol on standard input and output (docs/mcp.md). It opens the database the other
 * commands open and acts as the API token's person, with the token's scope, in the token's
 * organisation: never without an identity, so the assistant can do no more than that person's
 * token could through the HTTP API. Standard output carries the protocol alone; words go to
 * standard error.
 */
export function mcpCommand(): Command {
  return dataCommand(
    "mcp",
    "serve Grove's tools to an AI assistant over MCP on stdio, as an API token's person (docs/mcp.md)",
    runMcp,
  ).option("--token <token>", "an API token of the organisation (env GROVE_TOKEN); the assistant acts as its person");
}

async function runMcp(flags: McpFlags): Promise<number> {
  const token = flags.token ?? process.env.GROVE_TOKEN;
  if (!token) {
    throw new UsageError(
      "grove mcp acts as an API token's person: pass --token or set GROVE_TOKEN (create one in Settings > API tokens)",
    );
  }
  return withDatabase(flags, "mcp", async (db) => {
    const services = defaultContext(db);
    const scope = await scopeOfApiToken(services, token);
    if (!scope) {
      stderr("grove mcp: the API token is not valid or has been revoked\n");
      return 1;
    }
    const server = createGroveMcpServer(services, scope, (error, tool) =>
      stderr(`grove mcp: ${tool} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    );
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      transport.onclose = resolve;
      // The assistant ends the session by closing our standard input, or stops us with a signal;
      // either way the database closes (and the embedded one's lock is released).
      process.stdin.once("end", () => void server.close());
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void server.close());
    });
    await server.connect(transport);
    stderr("grove mcp: serving on stdio\n");
    await closed;
    return 0;
  });
}
