import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** Grove's MCP tools by name, sorted (docs/mcp.md, "The tools"). */
export const GROVE_TOOLS = [
  "find_key_results_at_risk",
  "list_periods",
  "list_units",
  "read_unit_okrs",
  "record_check_in",
  "review_draft_objective",
];

/** Calls a tool with the SDK's client; its answer as text, whether it is a tool error, and as JSON. */
export async function callTool(client: Client, name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  return { isError: result.isError === true, text, json: () => JSON.parse(text) };
}
