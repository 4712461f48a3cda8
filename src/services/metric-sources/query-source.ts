import pg from "pg";
import { assertHostAllowed, checkedAddress, hostOf, SourceFailure } from "./fetch-source.ts";

// An SQL source's query (docs/metric-sources.md, "SQL"): on a connection of the source's own, with
// the source's credentials (never Grove's pool or role), to an allowed host at an address that
// passed the link-local and metadata check; in a READ ONLY transaction that the session's
// default_transaction_read_only backs, with a statement timeout; sent as one statement of the
// extended protocol, so "commit; delete ..." cannot end the transaction and go on; rolled back.

export interface QueryRequest {
  /** postgresql://user@host:port/database?sslmode=..., without its password. */
  url: string;
  password: string;
  query: string;
  allowedHosts: ReadonlySet<string>;
  timeoutMs: number;
}

/** The one value the query answers, or a SourceFailure saying why there is none. */
export async function querySourceValue(request: QueryRequest): Promise<unknown> {
  const url = new URL(request.url);
  const host = decodeURIComponent(hostOf(url));
  assertHostAllowed(host, request.allowedHosts);
  const address = await checkedAddress(host);
  const sslmode = url.searchParams.get("sslmode") ?? "prefer";
  const client = new pg.Client({
    host: address,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: request.password,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    ssl: ["require", "verify-ca", "verify-full"].includes(sslmode)
      ? { servername: host, rejectUnauthorized: sslmode !== "require" }
      : false,
    connectionTimeoutMillis: request.timeoutMs,
    // The server stops the statement; the client gives up a moment later should the server not.
    query_timeout: request.timeoutMs + 2_000,
    application_name: "grove-metric-source",
    options: `-c default_transaction_read_only=on -c statement_timeout=${Math.round(request.timeoutMs)}`,
  });
  // A connection that breaks is a failed sync, never an unhandled error.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new SourceFailure(`unreachable: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await client.query("begin transaction read only");
    await client.query(`set local statement_timeout = ${Math.round(request.timeoutMs)}`);
    // A named statement is prepared: the extended protocol, where one message holds one statement.
    const result = await client.query({ name: "grove-metric-source", text: request.query, rowMode: "array" });
    await client.query("rollback");
    if (result.rows.length !== 1 || result.fields.length !== 1) {
      throw new SourceFailure(
        `the query must answer one row of one column (it answered ${result.rows.length} rows of ${result.fields.length} columns)`,
      );
    }
    return (result.rows[0] as unknown[])[0];
  } catch (error) {
    if (error instanceof SourceFailure) throw error;
    throw new SourceFailure(`the query failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}
