import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { Context } from "hono";
import { AppError } from "../../domain/errors.ts";
import { scopeOfApiToken } from "../../services/accounts/token-scope.ts";
import { errorBody } from "../errors.ts";
import type { AppEnv } from "../shared/env.ts";
import { createGroveMcpServer } from "./tools.ts";

/** The same bound as the API's bodies (app.ts). */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The Model Context Protocol over Streamable HTTP at /mcp (docs/mcp.md), stateless: each POST
 * carries its own JSON-RPC messages and gets a JSON answer, with a server built for the caller.
 * Only a bearer API token authenticates here, never the web app's session cookie, so no page
 * another site serves can call it with a visitor's credentials (no CSRF, no DNS rebinding
 * reaching a session). The token is checked before anything else is read.
 */
export async function serveMcp(c: Context<AppEnv>): Promise<Response> {
  const services = c.get("services");
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  const scope = bearer ? await scopeOfApiToken(services, bearer) : null;
  if (!scope) {
    const message = bearer
      ? "The API token is not valid or has been revoked"
      : "Send an API token of your organisation: Authorization: Bearer grove_pat_...";
    return c.json(errorBody(new AppError("unauthenticated", message)), 401, {
      "WWW-Authenticate": 'Bearer realm="grove"',
    });
  }
  // Stateless: no session to resume (GET) or end (DELETE).
  if (c.req.method !== "POST") {
    const error = new AppError("method_not_allowed", "MCP over HTTP here takes POST only (stateless mode)");
    return c.json(errorBody(error), 405, { Allow: "POST" });
  }
  const logger = c.get("logger");
  const server = createGroveMcpServer(services, scope, (err, tool) =>
    logger.error({ err, tool, requestId: c.get("requestId") }, "MCP tool failed"),
  );
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(c.req.raw);
  } finally {
    await server.close();
  }
}
