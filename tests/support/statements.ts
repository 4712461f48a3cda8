import pg from "pg";

// Every statement goes through node-postgres's Client (PGlite too, through its pg connection),
// so recording its `query` calls records the round trips, transaction control included.

const query = pg.Client.prototype.query;

/** Runs `send` and returns the statements it sent to the database, in order. */
export async function statementsOf<T>(send: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: a pass-through of every overload of query
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    statements.push(typeof args[0] === "string" ? args[0] : String(args[0]?.text));
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (query as any).apply(this, args);
  } as typeof query;
  try {
    return { result: await send(), statements };
  } finally {
    pg.Client.prototype.query = query;
  }
}
