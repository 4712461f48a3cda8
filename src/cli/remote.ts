import { createGroveClient, type GroveClient } from "../api/client/index.ts";
import { UsageError } from "../usage-error.ts";

// `grove apply` and `grove export` against a running server (docs/okr-as-code.md, "In CI"):
// the server's URL and an API token, from flags or GROVE_SERVER / GROVE_TOKEN.

export const serverFlag = [
  "--server <url>",
  "work through this Grove server's API instead of a data directory (env GROVE_SERVER)",
] as const;
export const tokenFlag = [
  "--token <token>",
  "API token for --server (env GROVE_TOKEN; apply needs a write token)",
] as const;

export interface RemoteFlags {
  server?: string;
  token?: string;
  dataDir?: string;
}

export interface Remote {
  client: GroveClient;
  server: string;
}

/** The API error body (src/api/errors.ts), as the CLI reads it. */
export interface RemoteError {
  code: string;
  message: string;
  details: { field: string; rule: string; message: string }[];
}

/** The server to work through, or null to open a data directory as before. */
export function remoteOf(flags: RemoteFlags, env: NodeJS.ProcessEnv = process.env): Remote | null {
  const server = flags.server ?? (env.GROVE_SERVER || undefined);
  const token = flags.token ?? (env.GROVE_TOKEN || undefined);
  if (server === undefined) {
    if (flags.token !== undefined) throw new UsageError("--token needs --server (or GROVE_SERVER)");
    return null;
  }
  if (flags.dataDir !== undefined) throw new UsageError("use --server or --data-dir, not both");
  if (!/^https?:\/\/[^/]/.test(server)) {
    throw new UsageError(`--server must be an http:// or https:// address (got "${server}")`);
  }
  if (!token) throw new UsageError("--server needs an API token: pass --token or set GROVE_TOKEN");
  const base = server.replace(/\/+$/, "");
  const client = createGroveClient({
    baseUrl: base,
    middleware: [
      {
        onRequest({ request }) {
          request.headers.set("authorization", `Bearer ${token}`);
          return request;
        },
      },
    ],
  });
  return { client, server: base };
}

/** Calls the server, saying which one when it cannot be reached. */
export async function reach<T>(remote: Remote, call: (client: GroveClient) => Promise<T>): Promise<T> {
  try {
    return await call(remote.client);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new Error(`cannot reach the Grove server at ${remote.server}: ${cause}`);
  }
}

/** The organisation to work in: `--org`, or the one the token is bounded to (GET /auth/me). */
export async function remoteOrganisation(remote: Remote, org: string | undefined): Promise<string | RemoteError> {
  if (org !== undefined) return org;
  const { data, error } = await reach(remote, (client) => client.GET("/api/v1/auth/me"));
  if (!data) return errorOf(error);
  if ("organisation" in data) return data.organisation.slug;
  throw new UsageError("--server with a session is not supported: pass an API token");
}

export function errorOf(body: unknown): RemoteError {
  const error = (body as { error?: RemoteError } | undefined)?.error;
  return error ?? { code: "internal_error", message: "the server gave no answer Grove understands", details: [] };
}
