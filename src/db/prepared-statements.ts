import { createHash } from "node:crypto";
import pg from "pg";

// Named (prepared) statements for the SQL a connection runs again and again (issue 15). A
// statement sent with a name is parsed, analysed and rewritten once per connection; later runs
// send only its parameters, and PostgreSQL may keep a generic plan when it costs no more than the
// custom ones (plan_cache_mode auto). On PGlite, where every statement runs in the server
// process's WebAssembly, that is CPU the request no longer spends.
//
// Only statements with parameters are named: the ones without (begin, commit, the tenant's
// `begin; select set_config(...)`) go as simple queries, which may hold several statements. A
// text is named from its fifth run in the process, as pgJDBC's prepareThreshold does, so a
// one-off text (a migration, a list of a rare length) never takes a name, and at most
// MAX_NAMED texts are named per process: a connection holds at most that many statements.
//
// A named statement's result columns are fixed when it is prepared: after a migration adds a
// column to a table a statement reads with `select *`, PostgreSQL refuses to run it again
// ("cached plan must not change result type", 0A000), for instance in a server process still
// running while another one upgrades the database. That refusal fails its request once; the text
// is then sent unnamed for the rest of the process, where it is planned afresh each time.
//
// Prepared statements follow the role: a plan made under one role is made again when a
// statement under row-level security runs as another (PostgreSQL's plan cache checks it), so a
// statement first run as the owner still meets the policies as grove_app.

const PREPARE_FROM = 5;
const MAX_NAMED = 500;
const MAX_COUNTED = 5_000;
/** feature_not_supported: "cached plan must not change result type". */
const RESULT_TYPE_CHANGED = "0A000";

/** A pg.Client class for a pool, naming the statements that pool's connections repeat. */
export function clientPreparingRepeatedStatements(Base: typeof pg.Client = pg.Client): typeof pg.Client {
  const runs = new Map<string, number>();
  const names = new Map<string, string>();
  const unnamed = new Set<string>();

  function nameOf(text: string): string | undefined {
    const named = names.get(text);
    if (named) return named;
    if (names.size >= MAX_NAMED || unnamed.has(text)) return undefined;
    const count = (runs.get(text) ?? 0) + 1;
    if (count < PREPARE_FROM) {
      if (runs.size >= MAX_COUNTED) runs.clear();
      runs.set(text, count);
      return undefined;
    }
    runs.delete(text);
    const name = `grove_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
    return name;
  }

  return class PreparingClient extends Base {
    // biome-ignore lint/suspicious/noExplicitAny: a pass-through of every overload of query
    override query(...args: any[]): any {
      const [text, values, callback] = args;
      if (typeof text === "string" && Array.isArray(values) && values.length > 0 && callback === undefined) {
        const name = nameOf(text);
        if (name) {
          // biome-ignore lint/suspicious/noExplicitAny: see above
          return (super.query as any)({ name, text, values }).catch((error: { code?: string }) => {
            if (error.code === RESULT_TYPE_CHANGED) {
              names.delete(text);
              unnamed.add(text);
            }
            throw error;
          });
        }
      }
      // biome-ignore lint/suspicious/noExplicitAny: see above
      return (super.query as any)(...args);
    }
  } as typeof pg.Client;
}
